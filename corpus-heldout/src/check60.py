#!/usr/bin/python3
"""Round 60's independent check: re-reads h354–h358 with readers that are not the writers (nothing of reports60.py is
imported; check47 gives the comparison helpers same / gold / compare_rows, check53 and check58 small helpers) and
compares what they read with gold/<stem>.json, then re-derives each planted problem (and the traps around it) from
what was read.
    /usr/bin/python3 -B corpus-heldout/src/check60.py [h354 …]
    /usr/bin/python3 -B corpus-heldout/src/check60.py --mutate     (two gold values changed per file: mismatches expected)
Readers: h354 and h358 zipfile + lxml on the sheets, shared strings, styles, data validations and (h358) the pivot
table, its cache definition and records, with a cell reader written here; h355 zipfile + lxml on word/document.xml
with a paragraph reader that reads Word EQUATIONS (m:t runs, m:f as numerator/denominator) beside the w:t text;
h356 pikepdf (the page's Form XObject, its rectangles and the data layer's cm offset) and poppler's `pdftotext -bbox`
on two copies of the page, one with the data only and one with the blank form only; h357 the standard library's
html.parser (check53.Tables for the tables, a parser written here for the span titles).
"""
import copy
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import check47 as C  # noqa: E402  (comparison helpers)
import check53 as K  # noqa: E402  (small helpers, the HTML table reader)
import check58 as Q  # noqa: E402  (met / missed helpers)

same = C.same
fv, r2, canon, gbudget, grade_of, ident, path_of = K.fv, K.r2, K.canon, K.gbudget, K.grade_of, K.ident, K.path_of
stem_of, lead_num, met, rate_s = Q.stem_of, Q.lead_num, Q.met, Q.rate_s
S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MN = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
MUTATE = False


def gold(stem):
    g = C.gold(stem)
    if MUTATE:  # two values changed: the total and the second row's score
        g = copy.deepcopy(g)
        g["totalScore"] = r2(g["totalScore"] + 1)
        g["indicators"][1]["score"] = r2(g["indicators"][1]["score"] + 0.5)
    return g


def P(a, t, w):
    return r2(w * a / t)


def col_num(letters):
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def ref_rc(ref):
    m = re.fullmatch(r"\$?([A-Z]+)\$?(\d+)", ref)
    return int(m.group(2)), col_num(m.group(1))


# ------------------------------------------------------------ XLSX reader (h354, h358)

def xlsx_sheet(path, n):
    """cells {(row, col): shown value} of sheet n (numbers shown with their 0.00% / #,##0.00 / 0.00 / 0 formats,
    merges filled), the sheet's root element and the styles' cellXfs"""
    from lxml import etree
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        ss = [("".join(t.text or "" for t in si.iter(S + "t"))) for si in
              etree.fromstring(z.read("xl/sharedStrings.xml")).findall(S + "si")] \
            if "xl/sharedStrings.xml" in names else []
        st = etree.fromstring(z.read("xl/styles.xml"))
        sh = etree.fromstring(z.read(f"xl/worksheets/sheet{n}.xml"))
    codes = {0: "General", 1: "0", 2: "0.00", 4: "#,##0.00", 9: "0%", 10: "0.00%"}
    codes.update({int(x.get("numFmtId")): x.get("formatCode") for x in st.iter(S + "numFmt")})
    xfs = st.find(S + "cellXfs").findall(S + "xf")
    cells = {}
    for c in sh.iter(S + "c"):
        rc = ref_rc(c.get("r"))
        v = c.find(S + "v")
        if c.get("t") == "inlineStr":
            cells[rc] = "".join(t.text or "" for t in c.iter(S + "t"))
            continue
        if v is None:
            continue
        if c.get("t") == "s":
            cells[rc] = ss[int(v.text)]
        elif c.get("t") in ("str", "b"):
            cells[rc] = v.text
        else:
            x = float(v.text)
            code = codes.get(int(xfs[int(c.get("s", 0))].get("numFmtId", 0)), "General")
            if code == "0.00%":
                cells[rc] = f"{x * 100 + 1e-9:.2f}%"
            elif code == "#,##0.00":
                cells[rc] = f"{x:,.2f}"
            elif code == "0.00":
                cells[rc] = f"{x + 1e-9:.2f}"
            else:
                cells[rc] = str(int(x)) if x.is_integer() else repr(x)
    for mc in sh.iter(S + "mergeCell"):
        a, b = mc.get("ref").split(":")
        (r1, c1), (r2_, c2) = ref_rc(a), ref_rc(b)
        v = cells.get((r1, c1))
        for rr in range(r1, r2_ + 1):
            for cc in range(c1, c2 + 1):
                cells[(rr, cc)] = v
    return cells, sh, xfs


def sval(s):
    """a shown score: “6.50” → 6.5"""
    return None if s in (None, "") else fv(s)


# ------------------------------------------------------------ h354 XLSX, template with data validation

def check354():
    p = path_of("h354")
    g = gold(stem_of(p))
    cells, sh, xfs = xlsx_sheet(p, 1)
    ident("h354", "".join(str(v) for v in cells.values()), g)
    get = lambda r, c: cells.get((r, c), "")  # noqa: E731
    nrow = max(r for r, _ in cells)
    fr = next(r for r in range(1, nrow + 1) if get(r, 1) == "年度资金总额")
    srcs = [[get(r, c) for c in range(1, 10)] for r in range(fr + 1, fr + 4)]
    fund = [get(fr, c) for c in range(1, 10)]
    same("h354 fund line = gold budget", (fv(fund[3]), fv(fund[4]), fv(fund[5]), fv(fund[7])),
         (g["budget"]["initialBudget"], g["budget"]["adjustedBudget"], g["budget"]["expenditure"],
          g["budget"]["executionRate"]))
    same("h354 sources add up, rates right, under budget (traps)",
         ([r2(sum(fv(s[k]) for s in srcs)) for k in (3, 4, 5)],
          [s[0] for s in srcs + [fund] if s[7] != rate_s(fv(s[5]), fv(s[4]))],
          [s[0] for s in srcs if fv(s[5]) > fv(s[4])]), ([fv(fund[3]), fv(fund[4]), fv(fund[5])], [], []))
    hr = next(r for r in range(1, nrow + 1) if get(r, 1) == "一级指标")
    same("h354 header", [get(hr, c) for c in range(1, 10)],
         ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "是否达成", "分值", "得分", "偏差原因分析及改进措施"])
    rows = [(None, None, "年度资金总额", None, fund[7], fv(fund[6]), sval(fund[8]), "", None)]
    r = hr + 1
    while get(r, 1) != "总分":
        rows.append((get(r, 1), get(r, 2), get(r, 3), get(r, 4), get(r, 5), fv(get(r, 7)), sval(get(r, 8)),
                     get(r, 9), get(r, 6)))
        r += 1
    first, last, tr = hr + 1, r - 1, r
    C.compare_rows("h354", [x[:7] for x in rows], g, canon)
    same("h354 总分 = gold = the rows", (fv(get(tr, 7)), sval(get(tr, 8)), r2(sum(x[6] for x in rows))),
         (g["maxScore"], g["totalScore"], g["totalScore"]))
    same("h354 grade cell = gold", get(tr + 1, 3), g["grade"])
    # the data validations
    dvs = []
    for d in sh.iter(S + "dataValidation"):
        f1, f2 = d.find(S + "formula1"), d.find(S + "formula2")
        dvs.append((d.get("type"), d.get("sqref"), f1.text if f1 is not None else None,
                    f2.text if f2 is not None else None, d.get("prompt"), d.get("error")))
    by = {x[1]: x for x in dvs}
    same("h354 validations: lists on 项目属性, 是否达成 and 自评等级, decimals on 得分, whole on 分值",
         sorted((x[0], x[1], x[2], x[3]) for x in dvs),
         sorted([("list", "I4", '"新增项目,延续项目"', None), ("list", f"F{first}:F{last}", '"是,否"', None),
                 ("decimal", f"H{first}:H{last}", "0", f"G{first}"), ("decimal", f"I{fr}", "0", f"G{fr}"),
                 ("whole", f"G{first}:G{last}", "1", "20"), ("list", f"C{tr + 1}", '"优,良,中,差"', None)]))
    same("h354 the 得分 prompt and alert are rules, not figures (trap)",
         (by[f"H{first}:H{last}"][4], by[f"H{first}:H{last}"][5]),
         ("请输入0至该指标分值之间的数值，保留两位小数", "得分应在0至本行分值之间，请重新输入"))
    prot = sh.find(S + "sheetProtection")
    unlocked = set()
    for c in sh.iter(S + "c"):
        pr = xfs[int(c.get("s", 0))].find(S + "protection")
        if pr is not None and pr.get("locked") == "0":
            unlocked.add(ref_rc(c.get("r")))
    same("h354 sheet protected; 得分, 是否达成 and 自评等级 cells unlocked, 分值 locked",
         (prot is not None and prot.get("sheet") == "1", all((rr, 8) in unlocked and (rr, 6) in unlocked
                                                             for rr in range(first, last + 1)),
          (tr + 1, 3) in unlocked, any((rr, 7) in unlocked for rr in range(first, last + 1))), (True, True, True, False))
    # the cells that break their own validation: the planted ROW_SCORE_OVER_WEIGHT
    bad = [x[2] for x in rows[1:] if not 0 <= x[6] <= x[5]]
    same("h354 得分 cells outside 0..分值 (planted ROW_SCORE_OVER_WEIGHT)", bad, ["供水保证率"])
    same("h354 list cells hold list values", (all(x[8] in ("是", "否") for x in rows[1:]), get(tr + 1, 3) in "优良中差",
                                            get(4, 9)), (True, True, "延续项目"))
    wrong = [x[2] for x in rows[1:] if "年" not in x[3] and met(x[3], x[4]) is not None and
             (x[8] == "是") != met(x[3], x[4])]
    late = next(x for x in rows if x[2] == "工程完工时间")
    same("h354 the time row: late, “否”, 50% (trap)", (late[4] > late[3][:-1], late[8]), (True, "否"))
    same("h354 是否达成 against the figures (planted TARGET_MISSED_FULL_MARKS)", wrong, ["水质检测合格率"])
    mr = Q.missed_rows([x[:8] for x in rows[1:]])
    same("h354 missed rows: proportion rule with reasons but the planted one", [m for m in mr if m[1] != m[2] or not m[3]],
         [("水质检测合格率", 6, 5.88, False)])
    same("h354 fund score = 执行率 × 10 (trap)", rows[0][6], r2(fv(fund[7]) / 10))
    same("h354 the grade against the bands (planted GRADE_OUTSIDE_BANDS)", (get(tr + 1, 3), grade_of(g["totalScore"])),
         ("优", "良"))
    same("h354 late row at 50% (trap)", next(x[6] for x in rows if x[2] == "工程完工时间"), 2.5)
    print(f"h354: {len(rows)} rows, {len(dvs)} validations, total {get(tr, 8)}")


# ------------------------------------------------------------ h355 DOCX, Word equations

def p_full(p):
    """a paragraph as Word shows it: w:t runs, and equations with each fraction as num/den"""
    out = []

    def walk(el):
        for ch in el:
            if ch.tag == MN + "f":
                num = "".join(t.text or "" for t in ch.find(MN + "num").iter(MN + "t"))
                den = "".join(t.text or "" for t in ch.find(MN + "den").iter(MN + "t"))
                out.append(f"{num}/{den}")
            elif ch.tag in (W + "t", MN + "t"):
                out.append(ch.text or "")
            else:
                walk(ch)
    walk(p)
    return "".join(out)


def p_plain(p):
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
                if gs is not None:
                    span = int(gs.get(W + "val"))
                v = pr.find(W + "vMerge")
                if v is not None:
                    vm = v.get(W + "val") or "continue"
            txt = "".join(p_full(p) for p in tc.findall(W + "p")).strip()
            if vm == "continue" and prev is not None:
                txt = prev[col]
            row += [txt] * span
            col += span
        out.append(row)
        prev = row
    return out


def check355():
    from lxml import etree
    p = path_of("h355")
    g = gold(stem_of(p))
    with zipfile.ZipFile(p) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    body = root.find(W + "body")
    paras = [x for x in body if x.tag == W + "p"]
    full = [p_full(x) for x in paras]
    plain = [p_plain(x) for x in paras]
    text = "\n".join(full)
    ident("h355", text, g)
    tbls = body.findall(W + "tbl")
    same("h355 two tables (表2, 评分表)", len(tbls), 2)
    maths = list(root.iter(MN + "oMath"))
    same("h355 equations: 4 displayed 得分率 + 2 more displayed, 5 inline", (len(list(root.iter(MN + "oMathPara"))),
                                                                          len(maths)), (6, 11))
    same("h355 no figure of an equation in w:t (a w:t reader loses them)",
         [t for t in plain if "94.01" in t or "=5.76" in t], [])
    t2 = docx_grid(tbls[0])
    same("h355 表2 header", t2[0], ["一级指标", "分值", "得分", "得分率"])
    secs = [(r[0], fv(r[1]), fv(r[2])) for r in t2[1:-1]]
    same("h355 表2 = gold sections", secs, [(s["name"], s["weight"], s["score"]) for s in g["sections"]])
    grid = docx_grid(tbls[1])
    same("h355 评分表 header", grid[0], ["一级指标", "二级指标", "三级指标", "分值", "指标值", "实际完成值", "得分", "扣分说明"])
    rows = [(r[0], r[1], r[2], r[4], r[5], fv(r[3]), fv(r[6]), r[7]) for r in grid[1:-1]]
    C.compare_rows("h355", rows, g, canon)
    same("h355 合计 = gold = rows = 表2", (fv(grid[-1][3]), fv(grid[-1][6]), r2(sum(x[6] for x in rows)),
                                         fv(t2[-1][2])), (g["maxScore"], g["totalScore"], g["totalScore"],
                                                          g["totalScore"]))
    m = re.search(r"综合得分([\d.]+)分，评价等级为“(.)”", text)
    same("h355 conclusion = gold", (fv(m.group(1)), m.group(2), g["evaluator"] in text), (g["totalScore"], g["grade"],
                                                                                          True))
    same("h355 sections = their rows", [(n, r2(sum(x[5] for x in rows if x[0] == n)),
                                         r2(sum(x[6] for x in rows if x[0] == n))) for n, _, _ in secs], secs)
    # the budget (prose) and the 预算执行率 equation: the planted FORMULA
    m = re.search(r"年初预算([\d,.]+)万元，全年预算([\d,.]+)万元（中央财政资金([\d,.]+)万元、省级财政资金([\d,.]+)万元、县级财政资金"
                  r"([\d,.]+)万元），截至2024年12月31日全年执行([\d,.]+)万元（中央([\d,.]+)万元、省级([\d,.]+)万元、县级([\d,.]+)万元）",
                  text)
    v = [fv(x) for x in m.groups()]
    same("h355 sources add up, under budget (traps)", (r2(v[2] + v[3] + v[4]), r2(v[6] + v[7] + v[8]),
                                                       [v[6] <= v[2], v[7] <= v[3], v[8] <= v[4]]),
         (v[1], v[5], [True] * 3))
    eq = re.search(r"预算执行率=全年执行数/全年预算数×100%=([\d,.]+)/([\d,.]+)×100%=([\d.]+)%", text)
    same("h355 the rate equation's operands = the prose, = gold budget", (fv(eq.group(1)), fv(eq.group(2)), v[5], v[1],
                                                                          fv(eq.group(3))),
         (g["budget"]["expenditure"], g["budget"]["adjustedBudget"], g["budget"]["expenditure"],
          g["budget"]["adjustedBudget"], g["budget"]["executionRate"]))
    same("h355 the rate equation's result (planted FORMULA)", (eq.group(3) + "%", rate_s(v[5], v[1])),
         ("94.01%", "94.10%"))
    row = next(x for x in rows if x[2] == "预算执行率")
    same("h355 the 预算执行率 row: 4 by the bands on either rate (trap)", (row[4], row[6], "90%（含）—95%得4分" in text),
         ("94.01%", 4, True))
    eqs = re.findall(r"(\S{2})得分率=([\d.]+)/(\d+)×100%=([\d.]+)%", text)
    bad = [(n, f"{x}%", rate_s(fv(a), fv(b))) for n, a, b, x in eqs if f"{x}%" != rate_s(fv(a), fv(b))]
    same("h355 得分率 equations (planted SCORE_RATE)", bad, [("效益", "95.40%", "95.04%")])
    same("h355 表2 得分率 against 得分 / 分值", [(r[0], r[3]) for r in t2[1:] if r[3] != rate_s(fv(r[2]), fv(r[1]))],
         [("效益", "95.40%")])
    ir = re.search(r"灌溉保证率（6分）：评分标准为“≥(\d+)%得满分，每降低1个百分点扣([\d.]+)分”。经测算，项目区灌溉保证率([\d.]+)%，得分=([\d.]+)%/"
                   r"(\d+)%×6=([\d.]+)", text)
    tgt, step, act = fv(ir.group(1)), fv(ir.group(2)), fv(ir.group(3))
    irr = next(x for x in rows if x[2] == "灌溉保证率")
    same("h355 灌溉保证率: its rule against the equation (planted RULE_SCORE)",
         (irr[6], fv(ir.group(6)), P(act, tgt, 6), r2(6 - (tgt - act) * step)), (5.76, 5.76, 5.76, 4.3))
    same("h355 the other score equations are right (traps)",
         ("=2.86/3×10=9.53" in text, "=28/30×100%=93.33%" in text, "=5×93.33%=4.67" in text,
          f"=38,627,400元/28,600亩={38627400 / 28600:.2f}元/亩" in text), (True, True, True, True))
    same("h355 missed rows: in proportion but the planted one",
         [m for m in Q.missed_rows(rows) if m[1] != m[2] and m[0] != "预算执行率"], [])
    print(f"h355: {len(maths)} equations, {len(rows)} rows, total {g['totalScore']}")


# ------------------------------------------------------------ h356 PDF, data printed over the pre-printed form (套打)

def words_of(pdf_path):
    out = subprocess.run(["pdftotext", "-bbox", pdf_path, "-"], capture_output=True, text=True, check=True).stdout
    hgt = float(re.search(r'<page width="[\d.]+" height="([\d.]+)"', out).group(1))
    ws = []
    for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', out):
        x0, y0, x1, y1 = (float(m.group(k)) for k in range(1, 5))
        t = m.group(5).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
        ws.append(((x0 + x1) / 2, hgt - (y0 + y1) / 2, x0, t))
    return ws


def check356():
    import pikepdf
    p = path_of("h356")
    g = gold(stem_of(p))
    pdf = pikepdf.open(p)
    page = pdf.pages[0]
    xo = page.Resources.XObject
    names = list(xo.keys())
    same("h356 one Form XObject (the blank form)", (len(names), str(xo[names[0]].Subtype)), (1, "/Form"))
    form = xo[names[0]]
    rects = []
    for operands, op in pikepdf.parse_content_stream(form):
        if str(op) == "re":
            x, y, w, h = (float(v) for v in operands)
            rects.append((min(x, x + w), min(y, y + h), max(x, x + w), max(y, y + h)))
    ops = [(str(op), [float(v) for v in operands] if str(op) == "cm" else [])
           for operands, op in pikepdf.parse_content_stream(page)]
    cm = [o for o in ops if o[0] == "cm" and o[1][:4] == [1, 0, 0, 1] and o[1][4:] != [0, 0]]
    same("h356 the data layer's offset (cm)", [o[1][4:] for o in cm], [[5.0, -9.0]])
    dx, dy = cm[0][1][4:]
    tmp = tempfile.mkdtemp(prefix="check60_")
    # two copies: the data only (the Do removed) and the form only (the page content = the Do)
    keep = []
    for operands, op in pikepdf.parse_content_stream(page):
        if str(op) != "Do":
            keep.append((operands, op))
    d = pikepdf.open(p)
    d.pages[0].Contents = d.make_stream(pikepdf.unparse_content_stream(keep))
    dpath = os.path.join(tmp, "data.pdf")
    d.save(dpath)
    f = pikepdf.open(p)
    f.pages[0].Contents = f.make_stream(f"q /{str(names[0])[1:]} Do Q".encode())
    fpath = os.path.join(tmp, "form.pdf")
    f.save(fpath)
    data, blank = words_of(dpath), words_of(fpath)
    shutil.rmtree(tmp, ignore_errors=True)
    same("h356 data words in black, form words in blue (by layer)",
         ("部门整体支出绩效自评表" in [w[3] for w in blank], any(w[3] == g["department"] for w in data),
          any(w[3] == "合计" for w in data)), (True, True, False))

    def cell_of(x, y):
        inside = [r for r in rects if r[0] <= x <= r[2] and r[1] <= y <= r[3]]
        return min(inside, key=lambda r: (r[2] - r[0]) * (r[3] - r[1])) if inside else None

    placed, naive_moved = {}, 0
    for cx, cy, x0, t in data:
        c = cell_of(cx - dx, cy - dy)
        if c is None:
            continue
        placed.setdefault(c, []).append((x0, t))
        if cell_of(cx, cy) != c:
            naive_moved += 1
    txt = {c: "".join(t for _, t in sorted(v)) for c, v in placed.items()}
    ftxt = {}
    for cx, cy, x0, t in blank:
        c = cell_of(cx, cy)
        if c is not None:
            ftxt.setdefault(c, []).append((x0, t))
    ftxt = {c: "".join(t for _, t in sorted(v)) for c, v in ftxt.items()}
    # the indicator grid: rows of 8 rectangles 16 high under the header
    hdr = sorted((c for c, t in ftxt.items() if t in ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                                   "偏差原因分析")), key=lambda c: c[0])
    same("h356 header cells", [ftxt[c] for c in hdr], ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
                                                       "得分", "偏差原因分析"])
    xs = [c[0] for c in hdr]
    body = sorted({r[3] for r in rects if r[0] == xs[0] and r[2] == hdr[0][2] and r[3] < hdr[0][1] + 0.5 and abs(r[3] - r[1] - 16) < 0.1},
                  reverse=True)
    same("h356 ruled indicator rows on the form", len(body), 18)
    grid = []
    for ytop in body:
        grid.append([next((txt.get(r, "") for r in rects if abs(r[0] - x) < 0.1 and abs(r[3] - ytop) < 0.1), "")
                     for x in xs])
    filled = [r for r in grid if any(r)]
    same("h356 the last two ruled rows are blank (trap)", (len(filled), grid[-2:]), (16, [[""] * 8, [""] * 8]))
    rows = [(r[0], r[1], r[2], r[3], r[4], fv(r[5]), fv(r[6]), r[7]) for r in filled]
    C.compare_rows("h356", rows, g, canon)
    same("h356 a reader without the offset files the data words elsewhere", naive_moved > 100, True)
    # the 合计 and 自评等级 rows: the form's labels beside the data
    lab = {t: c for c, t in ftxt.items()}
    tot_cells = sorted((r for r in rects if abs(r[1] - lab["合计"][1]) < 0.1 and r[0] >= xs[5] - 0.1), key=lambda r: r[0])
    same("h356 合计 = gold", (fv(txt[tot_cells[0]]), fv(txt[tot_cells[1]])), (g["maxScore"], g["totalScore"]))
    gr = next(r for r in rects if abs(r[1] - lab["自评等级"][1]) < 0.1 and abs(r[0] - xs[2]) < 0.1)
    same("h356 grade = gold", txt[gr], g["grade"])
    same("h356 the rows against the 合计 (planted TOTAL_VS_ROWS)", (r2(sum(x[6] for x in rows)), g["totalScore"]),
         (98.27, 98.72))
    same("h356 weights 100; 优 either way", (r2(sum(x[5] for x in rows)), grade_of(98.27)), (100, "优"))
    # the budget block: the form's row labels, the data's figures
    bl = {}
    for name in ("合计", "其中：基本支出", "项目支出"):
        c0 = next(c for c, t in ftxt.items() if t.replace("　", "") == name and c[3] > hdr[0][3])
        bl[name] = [fv(txt[r]) for r in sorted((r for r in rects if abs(r[1] - c0[1]) < 0.1 and r[0] > c0[0] + 1),
                                               key=lambda r: r[0])]
    b, bb, bp = bl["合计"], bl["其中：基本支出"], bl["项目支出"]
    same("h356 budget = gold", (b[0], b[1], b[2], b[3], bb[1], bb[2], bp[1], bp[2]), gbudget(g))
    same("h356 parts add up (trap)", [r2(bb[k] + bp[k]) for k in range(3)], b[:3])
    same("h356 rates against the figures (planted EXECUTION_RATE)",
         [(n, f"{x[3]:.2f}%", rate_s(x[2], x[1])) for n, x in bl.items() if f"{x[3]:.2f}%" != rate_s(x[2], x[1])],
         [("项目支出", "94.61%", "94.16%")])
    same("h356 基本支出 over its budget (planted SPENDING_OVER_BUDGET)", (bb[2] > bb[1], bp[2] > bp[1], bb[3]),
         (True, False, 101.2))
    same("h356 预算执行率 row on the 合计 rate, ≥95% full (trap)", (rows[0][4], rows[0][6]), (f"{b[3]:.2f}%", 10))
    same("h356 missed rows in proportion with reasons (traps)",
         [m for m in Q.missed_rows(rows) if m[1] != m[2] or not m[3]], [])
    print(f"h356: {len(data)} data words over {len(rects)} form rectangles, {len(rows)} rows, total {g['totalScore']}")


# ------------------------------------------------------------ h357 HTML, 评分标准 as tooltips

def check357():
    from html.parser import HTMLParser
    p = path_of("h357")
    g = gold(stem_of(p))
    page = open(p, encoding="utf-8").read()
    t = K.Tables()
    t.feed(page)
    flat = canon("".join(t.text))
    ident("h357", flat, g)

    class Tips(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.tips, self.cur = [], None

        def handle_starttag(self, tag, attrs):
            a = dict(attrs)
            if tag == "span" and a.get("class") == "bz":
                self.cur = [a.get("title"), ""]

        def handle_data(self, data):
            if self.cur is not None:
                self.cur[1] += data

        def handle_endtag(self, tag):
            if tag == "span" and self.cur is not None:
                self.tips.append((self.cur[1], self.cur[0]))
                self.cur = None
    tp = Tips()
    tp.feed(page)
    tips = dict(tp.tips)
    b1, b2 = t.tables
    bud = {r[0].strip("\u3000").replace("其中：", ""): r for r in b1[1:]}
    b, bb, bp = bud["合计"], bud["基本支出"], bud["项目支出"]
    same("h357 表1 = gold budget", tuple(fv(x) for x in (b[1], b[2], b[3], b[4], bb[2], bb[3], bp[2], bp[3])), gbudget(g))
    same("h357 表1 parts add up, rates right (traps)",
         ([r2(fv(bb[k]) + fv(bp[k])) for k in (1, 2, 3)], [x[0] for x in (b, bb, bp) if x[4] != rate_s(fv(x[3]),
                                                                                                   fv(x[2]))]),
         ([fv(b[k]) for k in (1, 2, 3)], []))
    same("h357 header", [canon(x) for x in b2[0]], ["一级指标", "二级指标", "三级指标（鼠标移至指标名称查看评分标准）", "年度指标值",
                                                   "实际完成值", "分值", "得分", "偏差原因分析"])
    rows = [(r[0], r[1], r[2], r[3], r[4], fv(r[5]), fv(r[6]), r[7]) for r in b2[1:-1]]
    C.compare_rows("h357", rows, g, canon)
    same("h357 every 三级 has a tooltip rule, none printed as a cell", (sorted(tips) == sorted(x[2] for x in rows),
                                                                       any("评分标准" in c for r in b2[1:] for c in r)),
         (True, False))
    tot = b2[-1]
    same("h357 合计 = gold = rows", (fv(tot[5]), fv(tot[6]), r2(sum(x[6] for x in rows))),
         (g["maxScore"], g["totalScore"], g["totalScore"]))
    m = re.search(r"经自评，(.*?)，2024年度部门整体支出绩效自评得分([\d.]+)分，自评等级为“(.)”", flat)
    secs = [(n, fv(w), fv(s_)) for n, s_, w in re.findall(r"(\S+?)指标([\d.]+)分（分值(\d+)分）", m.group(1).replace("、", " "))]
    same("h357 六 = gold sections, total, grade", (secs, fv(m.group(2)), m.group(3)),
         ([(s["name"], s["weight"], s["score"]) for s in g["sections"]], g["totalScore"], g["grade"]))
    same("h357 sections = their rows (the printed fund score included)",
         [(n, r2(sum(x[5] for x in rows if x[0] == n)), r2(sum(x[6] for x in rows if x[0] == n))) for n, _, _ in secs],
         secs)
    fund = rows[0]
    same("h357 预算执行率 row against its tooltip rule (planted BUDGET_ROW_SCORE)",
         (tips[fund[2]], fund[4], fund[6], r2(fv(fund[4]) / 10)),
         ("评分标准：得分＝预算执行率×分值。", b[4], 9.73, 9.37))
    m = re.search(r"送戏下乡演出(\d+)场", flat)
    row = next(x for x in rows if x[2] == "送戏下乡演出场次")
    same("h357 三's 送戏下乡 against the table (planted SAME_FIGURE_DIFFERS)", (int(m.group(1)), lead_num(row[4])),
         (186, 168.0))
    others = [("12600册", "农家书屋图书更新"), ("1752场", "农村数字电影放映场次"), ("46次", "文物安全巡查次数"),
              ("99.2%", "公共文化场馆免费开放率"), ("9.6%", "接待游客人次增长率"), ("26.6亿元", "旅游综合收入")]
    same("h357 三's other figures agree with the table (traps)",
         [n for v, n in others if v not in flat or next(x for x in rows if x[2] == n)[4] != v], [])
    rule = tips["公共文化场馆免费开放率"]
    bands = re.findall(r"(≥)?(\d+)%（含）?—?(\d+)?%?得(\d)分", rule)
    top = int(re.search(r"≥(\d+)%得", rule).group(1))
    mid = re.search(r"(\d+)%（含）—(\d+)%得", rule)
    same("h357 the 免费开放率 bands leave a gap (planted MALFORMED_RULE)", (int(mid.group(2)), top, bool(bands)),
         (95, 98, True))
    op = next(x for x in rows if x[2] == "公共文化场馆免费开放率")
    same("h357 the row in the top band, full marks", (op[4], op[6]), ("99.2%", 5))
    pat = next(x for x in rows if x[2] == "文物安全巡查次数")
    step = float(re.search(r"每少1次扣([\d.]+)分", tips[pat[2]]).group(1))
    same("h357 巡查 by its own rule (trap)", pat[6], r2(pat[5] - (lead_num(pat[3]) - lead_num(pat[4])) * step))
    same("h357 机制 by its own rule (trap)", (next(x[6] for x in rows if x[2] == "文化旅游融合发展机制"),
                                            "基本健全得4分" in tips["文化旅游融合发展机制"]), (4, True))
    mr = [m for m in Q.missed_rows(rows) if m[0] not in ("文物安全巡查次数", "预算执行率")]
    same("h357 other missed rows in proportion with reasons (traps)", [m for m in mr if m[1] != m[2] or not m[3]], [])
    print(f"h357: {len(tips)} tooltips, {len(rows)} rows, total {g['totalScore']}")


# ------------------------------------------------------------ h358 XLSX, a stale pivot table

def check358():
    from lxml import etree
    p = path_of("h358")
    g = gold(stem_of(p))
    cells, sh, _ = xlsx_sheet(p, 1)
    pcells, _, _ = xlsx_sheet(p, 2)
    get = lambda r, c: cells.get((r, c), "")  # noqa: E731
    ident("h358", "".join(str(v) for v in cells.values()), g)
    nrow = max(r for r, _ in cells)
    br = next(r for r in range(1, nrow + 1) if get(r, 1) == "合计" and get(r, 3))
    bud = {get(r, 1).strip("\u3000").replace("其中：", ""): [get(r, c) for c in range(3, 7)] for r in range(br, br + 3)}
    b, bb, bp = bud["合计"], bud["基本支出"], bud["项目支出"]
    same("h358 budget = gold", tuple(fv(x) for x in (b[0], b[1], b[2], b[3], bb[1], bb[2], bp[1], bp[2])), gbudget(g))
    same("h358 budget parts against the 合计 (planted BREAKDOWN_SUM)",
         [(k, r2(fv(bb[k]) + fv(bp[k])), fv(b[k])) for k in range(3) if r2(fv(bb[k]) + fv(bp[k])) != fv(b[k])],
         [(2, 28436.15, 28463.15)])
    same("h358 rates right on the printed figures, under budget (traps)",
         ([x[3] == rate_s(fv(x[2]), fv(x[1])) for x in (b, bb, bp)], fv(bb[2]) <= fv(bb[1]), fv(bp[2]) <= fv(bp[1])),
         ([True] * 3, True, True))
    hr = next(r for r in range(1, nrow + 1) if get(r, 1) == "一级指标")
    rows, r = [], hr + 1
    while get(r, 1) != "合计":
        rows.append((get(r, 1), get(r, 2), get(r, 3), get(r, 4), get(r, 5), fv(get(r, 6)), sval(get(r, 7)),
                     get(r, 8)))
        r += 1
    C.compare_rows("h358", rows, g, canon)
    same("h358 合计 = gold", (fv(get(r, 6)), sval(get(r, 7)), get(r, 8)),
         (g["maxScore"], g["totalScore"], f"自评等级：{g['grade']}"))
    same("h358 rows against the 合计 (planted WEIGHTS_VS_FULL_MARK; scores add up)",
         (r2(sum(x[5] for x in rows)), fv(get(r, 6)), r2(sum(x[6] for x in rows))), (98, 100, g["totalScore"]))
    # the pivot: definition, cache, records, and its rendering on sheet 2
    with zipfile.ZipFile(p) as z:
        pt = etree.fromstring(z.read("xl/pivotTables/pivotTable1.xml"))
        cd = etree.fromstring(z.read("xl/pivotCache/pivotCacheDefinition1.xml"))
        cr = etree.fromstring(z.read("xl/pivotCache/pivotCacheRecords1.xml"))
        wbx = etree.fromstring(z.read("xl/workbook.xml"))
        rels2 = z.read("xl/worksheets/_rels/sheet2.xml.rels").decode()
    ws_src = cd.find(S + "cacheSource").find(S + "worksheetSource")
    same("h358 pivot wired: cache in the workbook, table on sheet 2, source = the indicator range",
         (wbx.find(S + "pivotCaches") is not None, "pivotTable1.xml" in rels2, ws_src.get("sheet"), ws_src.get("ref")),
         (True, True, "自评表", f"A{hr}:H{r - 1}"))
    fields = [f.get("name") for f in cd.iter(S + "cacheField")]
    same("h358 cache fields = the header", fields, [get(hr, c) for c in range(1, 9)])
    l1 = [s.get("v") for s in cd.find(S + "cacheFields")[0].iter(S + "s")]
    recs = []
    for rec in cr.findall(S + "r"):
        vals = []
        for k, el in enumerate(rec):
            tag = el.tag[len(S):]
            vals.append(l1[int(el.get("v"))] if tag == "x" else float(el.get("v")) if tag == "n" else
                        "" if tag == "m" else el.get("v"))
        recs.append(vals)
    same("h358 16 records", len(recs), len(rows))
    diff = [(x[2], x[6], rec[6]) for x, rec in zip(rows, recs) if (x[0], x[2], x[5]) == (rec[0], rec[2], rec[5])
            and x[6] != rec[6]]
    same("h358 records = the rows but one stale score", (diff, all((x[0], x[2], x[5]) == (rec[0], rec[2], rec[5])
                                                                  for x, rec in zip(rows, recs))),
         ([("资产管理规范性", 4, 5.0)], True))
    df = [(d.get("name"), int(d.get("fld"))) for d in pt.iter(S + "dataField")]
    same("h358 pivot: rows by 一级, sums of 分值 and 得分", ([int(f.get("x")) for f in pt.find(S + "rowFields")], df),
         ([0], [("求和项:分值", 5), ("求和项:得分", 6)]))
    loc = pt.find(S + "location").get("ref")
    (r1, _), (r2_, _) = (ref_rc(x) for x in loc.split(":"))
    shown = [(pcells.get((rr, 1)), fv(pcells[(rr, 2)]), fv(pcells[(rr, 3)])) for rr in range(r1 + 1, r2_ + 1)]
    same("h358 pivot captions (traps)", [pcells.get((r1, c)) for c in (1, 2, 3)], ["行标签", "求和项:分值", "求和项:得分"])
    from_cache = [(n, r2(sum(x[5] for x in recs if x[0] == n)), r2(sum(x[6] for x in recs if x[0] == n))) for n in l1]
    same("h358 the pivot shows its cache's sums", shown[:-1], from_cache)
    same("h358 pivot = gold sections", shown[:-1], [(s["name"], s["weight"], s["score"]) for s in g["sections"]])
    from_rows = [(n, r2(sum(x[5] for x in rows if x[0] == n)), r2(sum(x[6] for x in rows if x[0] == n))) for n in l1]
    same("h358 pivot against the rows (planted SECTION_VS_ROWS)",
         [(a[0], a[2], b_[2]) for a, b_ in zip(shown, from_rows) if a != b_], [("过程", 20, 19)])
    same("h358 pivot 总计 (stale) and its 分值 98", shown[-1], ("总计", 98, 96.54))
    same("h358 missed rows in proportion with reasons (traps)",
         [m for m in Q.missed_rows(rows) if m[1] != m[2] or not m[3]], [])
    print(f"h358: {len(rows)} rows, pivot over {len(recs)} cached records, total {g['totalScore']}")


def main(argv):
    global MUTATE
    if "--mutate" in argv:
        MUTATE = True
        argv = [a for a in argv if a != "--mutate"]
    counts = {}
    for name, f in (("h354", check354), ("h355", check355), ("h356", check356), ("h357", check357),
                    ("h358", check358)):
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
