#!/usr/bin/python3
"""Round 47's independent check: re-reads h289–h293 with readers written for the check (nothing of reports47.py is
imported or reused) and compares what they read with gold/<stem>.json.
    /usr/bin/python3 corpus-heldout/src/check47.py [h289 …]
Readers: h289 (text converted to outlines) first proves there is nothing to read but ink (pdffonts: no font; pdftotext:
no text; pdfimages: no image; no text operator in any content stream), then renders every page with pdftoppm at
300 dpi, finds the ruled grid in the page image (long dark runs of pixels → line segments → cells, merged cells where a
line is missing) and reads every cell with tesseract (chi_sim+eng; numbers and signs normalised: a leading “<” or
“<=” is ≤, a leading “=”, “>”, “>=”, “三” or “二” before a digit is ≥ — how tesseract renders those glyphs), the prose
of page 1 by OCR of the page below its table; h290 pikepdf on the sheets (A3 landscape, two Form XObjects placed
left and right), the same image grid finder on each HALF of the rendered sheet, the words of `pdftotext -bbox` placed
in its cells, the halves read left then right; h291 lxml on word/document.xml (gridSpan / vMerge resolved to a grid,
the two header rows joined into column keys, the 2024 columns taken) plus LibreOffice → PDF; h292 LibreOffice .doc →
.docx, then lxml: the outer table's rows and the table nested in its 绩效指标 cell; h293 the GB18030 bytes (CRLF only),
box tables parsed by display column (GB18030 byte length), bars located per line, wrapped lines joined per box row,
blank continuation cells filled from the cell above.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROBLEMS = []
TMP = tempfile.mkdtemp(prefix="check47_")


def gold(stem):
    with open(os.path.join(OUT, "gold", stem + ".json"), encoding="utf-8") as f:
        return json.load(f)


def same(what, got, want):
    if got != want:
        PROBLEMS.append(f"{what}: read {got!r}, gold {want!r}")
        print("  MISMATCH", what, got, want)


def num(x):
    if isinstance(x, (int, float)):
        return round(float(x), 4)
    x = str(x).replace(",", "").strip()
    return round(float(x), 4) if re.fullmatch(r"-?\d+(\.\d+)?", x) else x


def compare_rows(tag, rows, g, canon=lambda s: s):
    gi = g["indicators"]
    same(f"{tag} row count", len(rows), len(gi))
    for r, x in zip(rows, gi):
        want = tuple(None if v is None else canon(v) for v in (x["level1"], x["level2"], x["level3"], x["target"],
                                                             x["actual"])) + (num(x["weight"]), num(x["score"]))
        got = tuple(None if v in ("", None) else canon(v) for v in r[:5]) + (num(r[5]), num(r[6]))
        same(f"{tag} row {x['level3']}", got, want)


def budget_of(g):
    b = g["budget"]
    return (b["initialBudget"], b["adjustedBudget"], b["expenditure"], f"{b['executionRate']:.2f}%")


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, **kw)


# ------------------------------------------------------------ ruled grids found in a page image

def binarize(img, thr=150):
    return img.convert("L").point(lambda p: 0 if p < thr else 255)


def runs_by_row(img, minlen):
    """{y: [(x0, x1)]}: the dark runs of at least minlen pixels on every pixel row"""
    W, H = img.size
    data = img.tobytes()
    pat = re.compile(rb"\x00{%d,}" % minlen)
    out = {}
    for y in range(H):
        rs = [(m.start(), m.end()) for m in pat.finditer(data[y * W:(y + 1) * W])]
        if rs:
            out[y] = rs
    return out


def group_lines(runs):
    """consecutive pixel rows with runs → one line: (mid, [(a, b)] merged segments)"""
    lines, cur = [], None
    for y in sorted(runs):
        if cur and y - cur[1] <= 1:
            cur[1] = y
            cur[2].extend(runs[y])
        else:
            cur = [y, y, list(runs[y])]
            lines.append(cur)
    out = []
    for y0, y1, segs in lines:
        segs.sort()
        merged = []
        for a, b in segs:
            if merged and a <= merged[-1][1] + 3:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        out.append(((y0 + y1) / 2, [(a, b) for a, b in merged]))
    return out


def cluster(vals, tol=5):
    out = []
    for v in sorted(vals):
        if out and v - out[-1][-1] <= tol:
            out[-1].append(v)
        else:
            out.append([v])
    return [sum(c) / len(c) for c in out]


def find_grid(img, minh=150, minv=90):
    """the ruled table of a page image (mode L): returns (xs, ys, cells) where xs / ys are the line positions and
    cells [(r, k, rs, cs, (x0, y0, x1, y1))] the grid's cells, a slot joined to its neighbour where the line between
    them is missing (merged cells)"""
    bw = binarize(img)
    hl = group_lines(runs_by_row(bw, minh))
    from PIL import Image
    vl = group_lines(runs_by_row(bw.transpose(Image.Transpose.TRANSPOSE), minv))
    xs = cluster([x for x, _ in vl])
    top = min(a for _, segs in vl for a, _ in segs) - 5
    bot = max(b for _, segs in vl for _, b in segs) + 5
    hl = [(y, segs) for y, segs in hl if top <= y <= bot]  # rules outside the table (a running head's) are not rows
    ys = cluster([y for y, _ in hl])

    def hcovered(y, x):
        return any(abs(yy - y) <= 5 and any(a - 2 <= x <= b + 2 for a, b in segs) for yy, segs in hl)

    def vcovered(x, y):
        return any(abs(xx - x) <= 5 and any(a - 2 <= y <= b + 2 for a, b in segs) for xx, segs in vl)
    nr, nc = len(ys) - 1, len(xs) - 1
    parent = {(i, k): (i, k) for i in range(nr) for k in range(nc)}

    def find(a):
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    def union(a, b):
        parent[find(a)] = find(b)
    for i in range(nr):
        ym = (ys[i] + ys[i + 1]) / 2
        for k in range(nc):
            xm = (xs[k] + xs[k + 1]) / 2
            if i > 0 and not hcovered(ys[i], xm):
                union((i, k), (i - 1, k))
            if k > 0 and not vcovered(xs[k], ym):
                union((i, k), (i, k - 1))
    groups = {}
    for s in parent:
        groups.setdefault(find(s), []).append(s)
    cells = []
    for slots in groups.values():
        r0, r1 = min(i for i, _ in slots), max(i for i, _ in slots)
        k0, k1 = min(k for _, k in slots), max(k for _, k in slots)
        cells.append((r0, k0, r1 - r0 + 1, k1 - k0 + 1, (xs[k0], ys[r0], xs[k1 + 1], ys[r1 + 1])))
    cells.sort()
    return xs, ys, cells


def cell_at(cells, i, k):
    for c in cells:
        r, kk, rs, cs, box = c
        if r <= i < r + rs and kk <= k < kk + cs:
            return c
    return None


# ------------------------------------------------------------ OCR

def ink_lines(img):
    """the number of text lines in a cell image (runs of pixel rows holding ink)"""
    bw = binarize(img)
    W, H = bw.size
    data = bw.tobytes()
    rows = [data[y * W:(y + 1) * W].count(0) > 0 for y in range(H)]
    n, prev = 0, False
    for v in rows:
        if v and not prev:
            n += 1
        prev = v
    return n, sum(rows)


def tesseract(img, psm, lang="chi_sim+eng"):
    p = os.path.join(TMP, "cell.png")
    img.save(p)
    out = run(["tesseract", p, "-", "-l", lang, "--psm", str(psm)], text=True).stdout
    return re.sub(r"\s+", "", out)


def ocr_cell(page, box, inset=7):
    from PIL import Image
    x0, y0, x1, y1 = (int(round(v)) for v in box)
    crop = page.crop((x0 + inset, y0 + inset, x1 - inset, y1 - inset))
    n, inked = ink_lines(crop)
    if inked == 0:
        return ""
    pad = Image.new("L", (crop.size[0] + 40, crop.size[1] + 40), 255)
    pad.paste(crop, (20, 20))
    t = tesseract(pad, 7 if n <= 1 else 6)
    if not t:  # a line chi_sim+eng gives up on (“三公”…) is read again at twice the size
        t = tesseract(pad.resize((pad.size[0] * 2, pad.size[1] * 2), Image.LANCZOS), 7 if n <= 1 else 6, "chi_sim")
    if re.search(r"[A-Za-z]", t):  # the cells hold no Latin letters: a letter is chi_sim+eng's guess at a CJK glyph
        t2 = tesseract(pad, 7 if n <= 1 else 6, "chi_sim")
        if t2 and not re.search(r"[A-Za-z]", t2):
            t = t2
    m = re.match(r"(<=|>=|<|>|=|三|二|≥|≤)(?=-?\d)", t)
    if m:  # tesseract has no reliable ≥ / ≤: the first glyph's chevron says which it is
        t = sign_of(crop) + t[m.end():]
    return t


def sign_of(crop):
    """≥ or ≤ from the first glyph of a cell image: in the chevron (the glyph's upper part, above its bar) the
    leftmost ink of the middle row lies right of the top row's for “>” and left of it for “<”"""
    bw = binarize(crop)
    W, H = bw.size
    px = bw.load()
    cols = [any(px[x, y] == 0 for y in range(H)) for x in range(W)]
    x0 = cols.index(True)
    x1 = x0
    while x1 + 1 < W and cols[x1 + 1]:
        x1 += 1
    rows = [y for y in range(H) if any(px[x, y] == 0 for x in range(x0, x1 + 1))]
    y0, y1 = rows[0], rows[-1]

    def left(y):
        xs = [x for x in range(x0, x1 + 1) if px[x, y] == 0]
        return min(xs) if xs else None
    top = next(left(y) for y in range(y0, y1 + 1) if left(y) is not None)
    mid = left(y0 + int(0.3 * (y1 - y0)))
    return "≥" if mid is not None and mid > top else "≤"


def ocr_norm(t):
    """what the OCR reading says, in the gold's characters: full-width brackets and quotes, ≥ / ≤ for the shapes
    tesseract gives them, % without the stray marks chi_sim adds after it"""
    t = t.replace("(", "（").replace(")", "）").replace('"', "”").replace("“", "“")
    t = re.sub(r"^(?:<=|<|≤)(?=-?\d)", "≤", t)
    t = re.sub(r"^(?:>=|>|=|三|二|≥)(?=\d)", "≥", t)
    t = re.sub(r"(\d)%[6o0pP]$", r"\1%", t)
    t = t.replace("＝", "=")
    return t


def canon(s):
    """both sides compared without white space, quotes of either direction and the × / x the OCR confuses"""
    s = re.sub(r"\s+", "", s)
    return s.replace("“", "”").replace('"', "”").replace("×", "x").replace("＝", "=")


# ------------------------------------------------------------ h289 (PDF, text converted to outlines)

def render(path, page, dpi, tag):
    from PIL import Image
    base = os.path.join(TMP, tag)
    run(["pdftoppm", "-r", str(dpi), "-gray", "-png", "-f", str(page), "-l", str(page), "-singlefile", path, base])
    return Image.open(base + ".png").convert("L")


def table_rows(page, cells, reader):
    """{band: {column: text}} for every grid band, each cell read once (a merged cell's text in every slot it
    covers)"""
    texts = {}
    for c in cells:
        texts[c] = reader(page, c[4])
    nr = max(r + rs for r, k, rs, cs, b in cells)
    nc = max(k + cs for r, k, rs, cs, b in cells)
    return [[texts[cell_at(cells, i, k)] for k in range(nc)] for i in range(nr)], texts


def check289():
    import pikepdf
    stem = "h289_panzhihua_zhujian"
    g = gold(stem)
    path = os.path.join(OUT, stem + ".pdf")
    fonts = run(["pdffonts", path], text=True).stdout.strip().splitlines()[2:]
    same("h289 fonts listed by pdffonts", fonts, [])
    text = run(["pdftotext", path, "-"], text=True).stdout
    same("h289 text layer", text.strip(), "")
    imgs = run(["pdfimages", "-list", path], text=True).stdout.strip().splitlines()[2:]
    same("h289 images", imgs, [])
    pdf = pikepdf.open(path)
    ops = {}
    for pg in pdf.pages:
        for _, op in pikepdf.parse_content_stream(pg):
            ops[str(op)] = ops.get(str(op), 0) + 1
        same("h289 page fonts", "/Font" in pg.Resources, False)
    same("h289 text operators", sorted(k for k in ops if k in ("Tj", "TJ", "'", '"', "Tf", "BT", "Do")), [])
    print(f"h289: {len(pdf.pages)} pages, no font / text / image; paths: {ops.get('f', 0)} fills, "
          f"{ops.get('S', 0)} strokes, {ops.get('c', 0)} curve segments")
    # pages 2–3: the 自评表, cell by cell
    rows, tail = [], {}
    for pn in (2, 3):
        page = render(path, pn, 300, f"h289-{pn}")
        xs, ys, cells = find_grid(page)
        grid, _ = table_rows(page, cells, lambda im, box: ocr_norm(ocr_cell(im, box)))
        hdr = grid[0]
        same(f"h289 p{pn} header", [canon(h) for h in hdr], ["一级指标", "二级指标", "三级指标", "分值", "评分标准", "年度指标值",
                                                            "实际完成值", "得分"])
        for r in grid[1:]:
            if r[0] in ("合计", "自评等级"):
                tail[r[0]] = r
                continue
            rows.append((r[0], r[1], r[2], r[5], r[6], r[3], r[7]))
        print(f"   page {pn}: grid {len(xs) - 1} columns × {len(ys) - 1} bands, {len(cells)} cells")
    compare_rows("h289", rows, g, canon)
    same("h289 合计", (num(tail["合计"][3]), num(tail["合计"][7])), (g["maxScore"], g["totalScore"]))
    same("h289 自评等级", tail["自评等级"][3], g["grade"])
    # page 1: the budget table by its grid, the prose below it by OCR
    page = render(path, 1, 300, "h289-1")
    xs, ys, cells = find_grid(page)
    grid, _ = table_rows(page, cells, lambda im, box: ocr_norm(ocr_cell(im, box)))
    bl = {r[0]: r for r in grid[1:]}
    b = g["budget"]
    tot = bl["合计"]
    basic = next(r for k, r in bl.items() if "基本支出" in k)
    proj = next(r for k, r in bl.items() if "项目支出" in k)
    same("h289 budget", (num(tot[1]), num(tot[2]), num(tot[3]), tot[4], num(basic[2]), num(basic[3]), num(proj[2]),
                         num(proj[3])),
         budget_of(g) + (b["basicBudget"], b["basicExpenditure"], b["projectBudget"], b["projectExpenditure"]))
    W, H = page.size
    below = page.crop((0, int(ys[-1]) + 10, W, H))
    prose = tesseract(below, 4)
    m = re.search(r"决策指标(\d+)分[，,]得([\d.]+)分[；;]过程指标(\d+)分[，,]得([\d.]+)分[；;]产出指标(\d+)分[，,]得([\d.]+)分[；;]"
                  r"效益指标(\d+)分[，,]得([\d.]+)分", prose)
    secs = [{"name": n, "weight": num(m.group(2 * i + 1)), "score": num(m.group(2 * i + 2))}
            for i, n in enumerate(["决策", "过程", "产出", "效益"])] if m else None
    same("h289 sections (四、自评结论)", secs, [dict(s, weight=num(s["weight"]), score=num(s["score"])) for s in g["sections"]])
    t = re.search(r"自评总分([\d.]+)分[，,]自评等级为[“”\"]?(.)", prose)
    same("h289 自评结论", (num(t.group(1)), t.group(2)) if t else None, (g["totalScore"], g["grade"]))
    rs = sum(r[6] and num(r[6]) or 0 for r in rows)
    print(f"   {len(rows)} rows read by OCR (rows add to {round(rs, 2)}); 合计 {tail['合计'][3]} | {tail['合计'][7]}; "
          f"等级 {tail['自评等级'][3]}; budget 合计 {tot[1:]}; sections {[(s['name'], s['score']) for s in secs or []]}")



# ------------------------------------------------------------ h290 (PDF, 2-up: two A4 pages on each A3 sheet)

def words_of(path, page):
    from lxml import etree
    xml = run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), path, "-"]).stdout
    root = etree.fromstring(xml.replace(b'xmlns="http://www.w3.org/1999/xhtml"', b""))
    return [(float(w.get("xMin")), float(w.get("yMin")), float(w.get("xMax")), float(w.get("yMax")), w.text)
            for w in root.iter("word")]


def join_words(ws):
    """words in reading order (lines by y, then x), joined without spaces as Chinese text is"""
    ws = sorted(ws, key=lambda w: (round(w[1] / 4), w[0]))
    return "".join(w[4] for w in ws)


def half_tables(path, page, dpi=150):
    """for each half of a sheet: (grid rows of cell texts, loose words outside the grid)"""
    img = render(path, page, dpi, f"sheet{page}")
    W, H = img.size
    words = words_of(path, page)
    k = 72 / dpi
    out = []
    for side, (a, b) in enumerate(((0, W // 2), (W // 2, W))):
        half = img.crop((a, 0, b, H))
        mine = [w for w in words if (a * k <= (w[0] + w[2]) / 2 < b * k)]
        try:
            xs, ys, cells = find_grid(half)
        except ValueError:
            out.append(([], join_words(mine)))
            continue

        def inside(box, w):
            x0, y0, x1, y1 = ((box[0] + a) * k, box[1] * k, (box[2] + a) * k, box[3] * k)
            cx, cy = (w[0] + w[2]) / 2, (w[1] + w[3]) / 2
            return x0 <= cx <= x1 and y0 <= cy <= y1
        used = set()

        def reader(_, box):
            ws = [w for w in mine if inside(box, w)]
            used.update(id(w) for w in ws)
            return join_words(ws)
        grid, _ = table_rows(None, cells, reader)
        out.append((grid, join_words([w for w in mine if id(w) not in used])))
    return out


def check290():
    import pikepdf
    stem = "h290_jiashan_nongye"
    g = gold(stem)
    path = os.path.join(OUT, stem + ".pdf")
    pdf = pikepdf.open(path)
    same("h290 sheets", len(pdf.pages), 2)
    placed = []
    for pg in pdf.pages:
        box = [round(float(v), 1) for v in pg.MediaBox]
        same("h290 sheet size (A3 landscape)", box, [0, 0, 1190.5, 841.9])
        xo = pg.Resources.XObject
        forms = {str(k): [round(float(v), 1) for v in xo[k].BBox] for k in xo.keys()}
        same("h290 two A4 Form XObjects per sheet", sorted(forms.values()), [[0, 0, 595.3, 841.9]] * 2)
        cm = None
        for ops, op in pikepdf.parse_content_stream(pg):
            if str(op) == "cm":
                cm = [round(float(v), 2) for v in ops]
            elif str(op) == "Do":
                placed.append((str(ops[0]), cm[0], cm[4]))
    same("h290 pages placed left then right", [x[2] < 600 for x in placed], [True, False, True, False])
    (t1, p1), (_, p2) = half_tables(path, 1)
    (g3, l3), (g4, l4) = half_tables(path, 2)
    nums = [re.search(r"—(\d)—", t.replace(" ", "")).group(1) for t in (p1, p2, l3, l4)]
    same("h290 page numbers left, right, left, right", nums, ["1", "2", "3", "4"])
    rows, tail = [], {}
    for grid in (g3, g4):
        same("h290 header", grid[0][:7], ["一级指标", "二级指标", "三级指标", "分值", "指标值", "实际完成值", "得分"])
        for r in grid[1:]:
            if r[0] in ("合计", "评价等级"):
                tail[r[0]] = r
            else:
                rows.append((r[0], r[1], r[2], r[4], r[5], r[3], r[6]))
    compare_rows("h290", rows, g)
    same("h290 合计", (num(tail["合计"][3]), num(tail["合计"][6])), (g["maxScore"], g["totalScore"]))
    same("h290 评价等级", tail["评价等级"][3], g["grade"])
    bl = {r[0]: r for r in t1[1:]}
    tot = bl["合计"]
    same("h290 表1 合计", (num(tot[1]), num(tot[2]), num(tot[3]), tot[4]), budget_of(g))
    zero = next(r for k, r in bl.items() if "社会资本" in k)
    m = re.search(r"综合评价得分([\d.]+)分，评价等级为“(.)”", p2)
    same("h290 综合评价结论", (num(m.group(1)), m.group(2)), (g["totalScore"], g["grade"]))
    ws = round(sum(num(r[5]) for r in rows), 2)
    print(f"h290: 2 A3 sheets, Form XObjects placed {placed}; 评分表 {len(g3) - 1} bands on the left half of sheet 2, "
          f"{len(g4) - 1} on the right; {len(rows)} rows (分值 add to {ws}); 合计 {tail['合计'][3]} | {tail['合计'][6]}; "
          f"等级 {tail['评价等级'][3]}; 表1 合计 {tot[1:]}; 社会资本投入 {zero[1:]}; 结论 {m.groups()}")
    flat = run(["pdftotext", "-f", "1", "-l", "1", path, "-"], text=True).stdout
    print("   pdftotext without the halves (sheet 1, first lines):", " / ".join(flat.split("\n")[:4]))


# ------------------------------------------------------------ Word tables (h291, h292)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def wval(el, tag):
    x = el.find(W + tag) if el is not None else None
    if x is None:
        return None
    return x.get(W + "val", "continue")


def tc_text(tc):
    """a cell's own paragraphs (not those of a table nested in it)"""
    return "\n".join("".join(t.text or "" for t in p.iter(W + "t")) for p in tc.findall(W + "p")).strip()


def tbl_grid(tbl):
    grid = []
    for tr in tbl.findall(W + "tr"):
        row = []
        for tc in tr.findall(W + "tc"):
            pr = tc.find(W + "tcPr")
            span = int(wval(pr, "gridSpan") or 1)
            text = tc_text(tc)
            if wval(pr, "vMerge") == "continue":
                text = grid[-1][len(row)]
            row += [text] * span
        grid.append(row)
    return grid


def check291():
    from lxml import etree
    stem = "h291_duyun_jiaoyu"
    g = gold(stem)
    path = os.path.join(OUT, stem + ".docx")
    root = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    body = root.find(W + "body")
    t1, t2 = [tbl_grid(t) for t in body.findall(W + "tbl")]
    keys = list(zip(t2[0], t2[1]))
    col = {k: i for i, k in reversed(list(enumerate(keys)))}
    c24 = lambda h: col[("2024年度（本年）", h)]  # noqa: E731
    c23 = lambda h: col[("2023年度（上年）", h)]  # noqa: E731
    rows, last, i = [], [], 2
    while t2[i][0] != "合计":
        r = t2[i]
        rows.append((r[0], r[1], r[2], r[c24("年度指标值")], r[c24("实际完成值")], r[c24("分值")], r[c24("得分")]))
        last.append((r[2], r[c23("年度指标值")], r[c23("实际完成值")], r[c23("得分")]))
        i += 1
    compare_rows("h291", rows, g)
    same("h291 合计 (2024)", (num(t2[i][c24("分值")]), num(t2[i][c24("得分")])), (g["maxScore"], g["totalScore"]))
    same("h291 自评等级 (2024)", t2[i + 1][c24("得分")], g["grade"])
    bk = list(zip(t1[0], t1[1]))
    b = {r[0]: r for r in t1[2:]}
    j = bk.index(("2024年度（本年）", "合计"))
    jb, jp = bk.index(("2024年度（本年）", "其中：基本支出")), bk.index(("2024年度（本年）", "其中：项目支出"))
    gb = g["budget"]
    same("h291 budget (2024 columns)", (num(b["年初预算数"][j]), num(b["全年预算数"][j]), num(b["全年执行数"][j]),
                                        b["预算执行率"][j], num(b["全年预算数"][jb]), num(b["全年执行数"][jb]),
                                        num(b["全年预算数"][jp]), num(b["全年执行数"][jp])),
         budget_of(g) + (gb["basicBudget"], gb["basicExpenditure"], gb["projectBudget"], gb["projectExpenditure"]))
    text = "".join(t.text or "" for t in root.iter(W + "t"))
    m = re.search(r"自评总分([\d.]+)分，自评等级为“(.)”；上年（2023年度）自评得分([\d.]+)分", text)
    same("h291 自评结论", (num(m.group(1)), m.group(2)), (g["totalScore"], g["grade"]))
    area = re.search(r"新建改扩建校舍([\d.]+)万平方米", text).group(1)
    over23 = [(n, s, r[5]) for (n, t, a, s), r in zip(last, rows) if num(s) > num(r[5])]
    print(f"h291: 表2 {len(rows)} rows by the 2024 columns, 合计 {t2[i][c24('分值')]} | {t2[i][c24('得分')]}, 等级 "
          f"{t2[i + 1][c24('得分')]}; 2023 合计 {t2[i][c23('得分')]}, 等级 {t2[i + 1][c23('得分')]}; 2023 scores above "
          f"the 2024 分值: {over23}; prose 校舍 {area} vs table {rows[9][4]}; prose 上年 {m.group(3)}")
    pdfp = lo_convert(path, "pdf")
    txt = run(["pdftotext", "-layout", pdfp, "-"], text=True).stdout
    pages = re.search(r"Pages:\s+(\d+)", run(["pdfinfo", pdfp], text=True).stdout).group(1)
    missing = [x["level3"] for x in g["indicators"] if x["level3"][:6] not in txt]
    same("h291 LibreOffice shows every 三级 name", missing, [])
    print(f"   LibreOffice → PDF: {pages} pages, every 三级 name shown")


def lo_convert(path, target):
    prof = os.path.join(TMP, "lo_profile")
    res = run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", target, "--outdir", TMP,
               path], timeout=300)
    out = os.path.join(TMP, os.path.splitext(os.path.basename(path))[0] + "." + target.split(":")[0])
    assert os.path.exists(out), res.stderr
    return out


def check292():
    from lxml import etree
    stem = "h292_qingyang_shuiwu"
    g = gold(stem)
    path = os.path.join(OUT, stem + ".doc")
    same("h292 OLE compound file", open(path, "rb").read(8).hex(), "d0cf11e0a1b11ae1")
    docx = lo_convert(path, "docx")
    root = etree.fromstring(zipfile.ZipFile(docx).read("word/document.xml"))
    body = root.find(W + "body")
    outer = body.findall(W + "tbl")
    same("h292 top-level tables", len(outer), 1)
    outer = outer[0]
    nested = [t for t in outer.iter(W + "tbl") if t is not outer]
    same("h292 tables nested in the form", len(nested), 1)
    inner = nested[0]
    host = inner.getparent()
    same("h292 the nested table's parent", etree.QName(host).localname, "tc")
    og = tbl_grid(outer)
    host_row = next(r for r in og if r[0] == "绩效指标")
    hdr = next(r for r in og if "年初预算数" in r)
    fund = next(r for r in og if "年度资金总额" in r)
    h = {k: hdr.index(k) for k in ("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")}
    rows = [(None, None, "年度资金总额", None, fund[h["执行率"]], fund[h["分值"]], fund[h["得分"]])]
    ig = tbl_grid(inner)
    ih = {k: ig[0].index(k) for k in ig[0]}
    for r in ig[1:]:
        rows.append((r[ih["一级指标"]], r[ih["二级指标"]], r[ih["三级指标"]], r[ih["年度指标值"]], r[ih["实际完成值"]],
                     r[ih["分值"]], r[ih["得分"]]))
    compare_rows("h292", rows, g)
    same("h292 fund line", (num(fund[h["年初预算数"]]), num(fund[h["全年预算数"]]), num(fund[h["全年执行数"]]),
                            fund[h["执行率"]]), budget_of(g))
    tot = next(r for r in og if r[0] == "总分")
    vals = [v for v in dict.fromkeys(tot) if v != "总分"]
    same("h292 总分", (num(vals[0]), num(vals[1]), vals[2]), (g["maxScore"], g["totalScore"], "自评结论：" + g["grade"]))
    rule = next(r[ih["评分标准"]] for r in ig[1:] if r[ih["三级指标"]] == "农村集中供水水质达标率")
    print(f"h292: .doc re-opened by LibreOffice: 1 outer table of {len(og)} rows, a table of {len(ig)} rows × "
          f"{len(ig[0])} columns nested in its 绩效指标 cell (host row texts {[x[:8] for x in dict.fromkeys(host_row)]}); "
          f"fund line + {len(ig) - 1} rows; 总分 {vals}; 水质达标率 rule “{rule}”")


# ------------------------------------------------------------ h293 (GB18030 text, box-drawing tables)

def dw(ch):
    return len(ch.encode("gb18030"))


def positions(line):
    """each character's starting display column"""
    out, col = [], 0
    for ch in line:
        out.append(col)
        col += dw(ch)
    return out, col


def boxes(lines):
    """the box tables of a text: [(column boundaries, [box rows: {column index: text}], [separator lines])]"""
    out, i = [], 0
    while i < len(lines):
        if not lines[i].startswith("┌"):
            i += 1
            continue
        top = lines[i]
        pos, width = positions(top)
        bounds = [p for p, ch in zip(pos, top) if ch in "┌┬┐"]
        rows, seps, cur = [], [top], None
        j = i + 1
        while True:
            ln = lines[j]
            if "─" in ln or "═" in ln:  # a separator (cell texts hold no box characters); under a merged cell it opens
                # with a bar and blanks instead of a junction
                assert positions(ln)[1] == width, (ln, width)
                seps.append(ln)
                cur = None
                if ln.startswith("└"):
                    break
            else:
                p, w = positions(ln)
                assert w == width, (ln, w, width)
                bars = [pp for pp, ch in zip(p, ln) if ch == "│"]
                if cur is None:
                    cur = {}
                    rows.append(cur)
                for a, b in zip(bars, bars[1:]):
                    k = bounds.index(a)
                    seg = "".join(ch for pp, ch in zip(p, ln) if a < pp < b)
                    cur[k] = cur.get(k, "") + seg.strip()
            j += 1
        out.append((bounds, rows, seps))
        i = j + 1
    return out


def sep_open(sep, bounds, k):
    """whether a separator line leaves column k open (blank under a merged cell)"""
    p, _ = positions(sep)
    a, b = bounds[k], bounds[k + 1]
    seg = "".join(ch for pp, ch in zip(p, sep) if a < pp < b)
    return seg.strip() == ""


def check293():
    stem = "h293_zhenxiong_weijian"
    g = gold(stem)
    raw = open(os.path.join(OUT, stem + ".txt"), "rb").read()
    try:
        raw.decode("utf-8")
        utf8 = True
    except UnicodeDecodeError:
        utf8 = False
    same("h293 valid UTF-8", utf8, False)
    same("h293 bare LF", raw.replace(b"\r\n", b"").count(b"\n"), 0)
    lines = raw.decode("gb18030").split("\r\n")
    (bb, brows, _), (ib, irows, iseps) = boxes(lines)
    b = {r[0]: r for r in brows[1:]}
    basic = next(r for k, r in b.items() if "基本支出" in k)
    proj = next(r for k, r in b.items() if "项目支出" in k)
    gb = g["budget"]
    same("h293 budget box", (num(b["合计"][1]), num(b["合计"][2]), num(b["合计"][3]), b["合计"][4], num(basic[2]),
                             num(basic[3]), num(proj[2]), num(proj[3])),
         budget_of(g) + (gb["basicBudget"], gb["basicExpenditure"], gb["projectBudget"], gb["projectExpenditure"]))
    hdr = [irows[0][k] for k in sorted(irows[0])]
    same("h293 header", hdr, ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"])
    nc = len(ib) - 1
    rows, secs, tail = [], [], {}
    prev = [""] * nc
    for n, r in enumerate(irows[1:], 1):
        cells = []
        for k in range(nc):
            if k in r:
                t = r[k]
                if not t and sep_open(iseps[n], ib, k):  # a blank continuation cell: the cell above goes on
                    t = prev[k]
            else:  # inside a horizontally merged cell
                t = None
            cells.append(t)
        label = cells[0]
        if "小计" in cells:
            secs.append({"name": cells[0], "weight": num(cells[5]), "score": num(cells[6])})
        elif label in ("合计", "自评等级"):
            tail[label] = cells
        else:
            rows.append((cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], cells[6]))
        prev = [t if t is not None else "" for t in cells]
    compare_rows("h293", rows, g)
    same("h293 sections (小计)", secs, [dict(s, weight=num(s["weight"]), score=num(s["score"])) for s in g["sections"]])
    same("h293 合计", (num(tail["合计"][5]), num(tail["合计"][6])), (g["maxScore"], g["totalScore"]))
    same("h293 自评等级", tail["自评等级"][5], g["grade"])
    text = "".join(lines)
    m = re.search(r"自评总分([\d.]+)分，自评等级为“(.)”", text)
    same("h293 自评结论", (num(m.group(1)), m.group(2)), (g["totalScore"], g["grade"]))
    f = re.search(r"预算执行率＝[^。]*", text).group(0)
    print(f"h293: GB18030, CRLF; box 1 {len(bb) - 1} columns × {len(brows)} rows, box 2 {nc} columns × {len(irows)} box rows "
          f"({len(iseps)} separator lines); {len(rows)} rows, 小计 {[(s['name'], s['score']) for s in secs]}, 合计 "
          f"{tail['合计'][5]} | {tail['合计'][6]}, 等级 {tail['自评等级'][5]}; formula line: {f}")


CHECKS = {"h289": check289, "h290": check290, "h291": check291, "h292": check292, "h293": check293}


def main(argv):
    try:
        for tag, f in CHECKS.items():
            if not argv or tag in argv:
                f()
    finally:
        shutil.rmtree(TMP, ignore_errors=True)
    print("PROBLEMS:" if PROBLEMS else "all read = gold")
    for p in PROBLEMS:
        print("  ", p)
    sys.exit(1 if PROBLEMS else 0)


if __name__ == "__main__":
    main(sys.argv[1:])
