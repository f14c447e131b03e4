#!/usr/bin/python3
"""Round 48's independent check: re-reads h294–h298 with readers written for the check (nothing of reports48.py is
imported; the image-grid finder and the cell OCR are check47's) and compares what they read with gold/<stem>.json.
    /usr/bin/python3 corpus-heldout/src/check48.py [h294 …]
Readers: h294 lxml.html on the page (no indicator <table>; the one <img> a data: PNG), the PNG decoded and its ruled
grid found by check47.find_grid, every cell read by tesseract (check47.ocr_cell); the prose's budget, 一级 scores and
得分率 by regex on the article text. h295: pdffonts / pdftotext prove there is no text; pdfimages extracts each page's
one grey image; each image cut into its two halves beside the gutter, each half deskewed by a projection-profile
search, the grids found and read by OCR (page 1's budget at 200 dpi; pages 3 and 4 scaled to 300 dpi, as check47
reads, and joined, the repeated header dropped; names compared without quote marks and commas, which tesseract loses or
bends on the scan), the prose of pages 2 and 3 by OCR. Figure cells (分值 / 得分 / amounts) are read by tesseract eng
with a digit whitelist, a vote over five renderings; a target whose first glyph is two pieces (chevron over bar) is
≥ / ≤ (check47.sign_of says which). h296 openpyxl on the cells (merged cells resolved), the 大写 parsed back to 元. h297 pikepdf (/Collection, the
EmbeddedFiles name tree in its order), each embedded PDF read by a vector-grid reader (stroked rectangles and lines
from the content stream → grid → cells; words of `pdftotext -bbox` placed in them). h298 the same vector-grid reader,
which also records the dash pattern of every segment (inner dashed, outer solid).
"""
import io
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import check47 as C  # noqa: E402  (its readers only: find_grid, ocr_cell, table_rows, words_of, …)

OUT = C.OUT
same, num, gold, run = C.same, C.num, C.gold, C.run


def canon_ocr(s):
    """check47.canon, and quote marks and commas inside a name dropped: tesseract loses or bends the small quote
    glyphs of “三公” on a 200 dpi scan (they carry no figure)"""
    return re.sub(r"[“”\"，,]", "", C.canon(s))


def header_ok(tag, got, want):
    """a header row read by OCR: each column's label at least three quarters the same characters (a bold 值 read as
    什 is not a different column)"""
    import difflib
    ok = len(got) == len(want) and all(difflib.SequenceMatcher(None, C.canon(a), b).ratio() >= 0.75
                                       for a, b in zip(got, want))
    same(f"{tag} header", ok, True)


def rows8(grid, tag):
    """indicator rows of an 8-column 自评表 grid (header dropped, 合计 / 自评等级 kept apart)"""
    rows, tail = [], {}
    for r in grid:
        if C.canon(r[0]) in ("一级指标",):
            continue
        if r[0] in ("合计", "自评等级"):
            tail[r[0]] = r
            continue
        rows.append(tuple(r[:7]))
    return rows, tail


def cmp_tail(tag, tail, g):
    same(f"{tag} 合计", (num(tail["合计"][5]), num(tail["合计"][6])), (g["maxScore"], g["totalScore"]))
    same(f"{tag} 自评等级", tail["自评等级"][5], g["grade"])


def ocr_number(page, box, inset=6):
    """a cell of figures (分值 / 得分 / amounts): twice the size, eng, digits and . , % only"""
    from PIL import Image
    x0, y0, x1, y1 = (int(round(v)) for v in box)
    crop = page.crop((x0 + inset, y0 + inset, x1 - inset, y1 - inset))
    if C.ink_lines(crop)[1] == 0:
        return ""
    reads = []
    for scale, thr in ((1, None), (1, 150), (2, 150), (2, None), (1, 120)):  # a vote over five renderings
        c = crop if thr is None else C.binarize(crop, thr)
        pad = Image.new("L", (c.size[0] + 40, c.size[1] + 40), 255)
        pad.paste(c, (20, 20))
        pad = pad.resize((pad.size[0] * scale, pad.size[1] * scale), Image.LANCZOS)
        p = os.path.join(C.TMP, "num.png")
        pad.save(p)
        out = run(["tesseract", p, "-", "-l", "eng", "--psm", "7", "-c", "tessedit_char_whitelist=0123456789.,%-"],
                  text=True).stdout
        t = re.sub(r"\s+", "", out)
        if t:
            reads.append(t)
    return max(reads, key=lambda t: (reads.count(t), -reads.index(t))) if reads else ""


def text_read(im, box, scale=1):
    """check47.ocr_cell on the page scaled by scale (h295's 200 dpi scan at 2: its 9 pt table text is small for
    tesseract's chi_sim); brackets chi_sim gives as 〈 《 normalised to （"""
    from PIL import Image
    if scale == 1:
        pg, bx = im, box
    else:
        x0, y0, x1, y1 = (int(round(v)) for v in box)
        pg = im.crop((x0, y0, x1, y1))
        pg = pg.resize((int(pg.size[0] * scale), int(pg.size[1] * scale)), Image.LANCZOS)
        bx = (0, 0, pg.size[0], pg.size[1])
    t = C.ocr_norm(C.ocr_cell(pg, bx, inset=int(7 * scale)))
    return t.replace("〈", "（").replace("《", "（").replace("（（", "（")


def crop_of(page, box, inset=7):
    x0, y0, x1, y1 = (int(round(v)) for v in box)
    return page.crop((x0 + inset, y0 + inset, x1 - inset, y1 - inset))


def is_sign(page, box):
    """the cell's first glyph is ≥ / ≤, not a digit: its ink columns hold two pieces, one above the other (the chevron
    and the bar under it) with an empty pixel row between them; a 2 is one stroke"""
    bw = C.binarize(crop_of(page, box))
    W, Hh = bw.size
    px = bw.load()
    cols = [any(px[x, y] == 0 for y in range(Hh)) for x in range(W)]
    if True not in cols:
        return False
    x0 = cols.index(True)
    x1 = x0
    while x1 + 1 < W and cols[x1 + 1]:
        x1 += 1
    rows = [any(px[x, y] == 0 for x in range(x0, x1 + 1)) for y in range(Hh)]
    a, b = rows.index(True), Hh - 1 - rows[::-1].index(True)
    return not all(rows[a:b + 1])


def ocr_grid(img, minv=52, numeric=(), scale=1):
    """the grid's cells read by OCR; columns in numeric read as figures (ocr_number), the others by check47.ocr_cell
    (bracket shapes chi_sim gives as 〈 《 normalised to （)"""
    xs, ys, cells = C.find_grid(img, minh=150, minv=minv)

    def reader(im, box):
        r, k, rs, cs, _ = next(c for c in cells if c[4] == box)
        if r > 0 and k in numeric and cs == 1:
            t = ocr_number(im, box)
            if t:
                return t
        t = text_read(im, box, scale)
        m = re.match(r"(<=|>=|[2<>=三二和肥])(?=-?\d)", t)
        if m and is_sign(im, box):  # ≥ / ≤ read as a digit or a CJK guess
            t = C.sign_of(crop_of(im, box)) + t[m.end():]
        return t
    grid, _ = C.table_rows(img, cells, reader)
    return grid, (xs, ys, cells)


# ------------------------------------------------------------ h294 (HTML, the 自评表 only as a PNG picture)

def check294():
    import base64
    import lxml.html
    from PIL import Image
    stem = "h294_suizhou_minzheng"
    g = gold(stem)
    raw = open(os.path.join(OUT, stem + ".html"), "rb").read()
    doc = lxml.html.fromstring(raw.decode("utf-8"))
    same("h294 <table> elements", len(doc.xpath("//table")), 0)
    imgs = doc.xpath("//img")
    same("h294 images", len(imgs), 1)
    src = imgs[0].get("src")
    same("h294 data URI", src[:22], "data:image/png;base64,")
    img = Image.open(io.BytesIO(base64.b64decode(src[22:]))).convert("L")
    print(f"h294: PNG {img.size[0]}×{img.size[1]}, dpi {img.info.get('dpi')}")
    grid, (xs, ys, cells) = ocr_grid(img, numeric=(5, 6))
    same("h294 header", [C.canon(h) for h in grid[0]], ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
                                                       "得分", "偏差原因分析"])
    rows, tail = rows8(grid[1:], "h294")
    rows = [(a, b, c, d, e, f, s) for a, b, c, d, e, f, s in rows]
    C.compare_rows("h294", rows, g, C.canon)
    cmp_tail("h294", tail, g)
    text = re.sub(r"\s+", "", doc.xpath("string(//div[@class='article'])"))
    b = g["budget"]
    m = re.search(r"全年预算([\d,.]+)万元，其中基本支出([\d,.]+)万元、项目支出([\d,.]+)万元。全年支出([\d,.]+)万元，预算执行率"
                  r"([\d.]+)%，其中基本支出([\d,.]+)万元，执行率[\d.]+%；项目支出([\d,.]+)万元", text)
    i = re.search(r"年初预算([\d,.]+)万元", text)
    same("h294 budget (prose)", tuple(num(x) for x in (i.group(1),) + m.groups()) if m and i else None,
         (b["initialBudget"], b["adjustedBudget"], b["basicBudget"], b["projectBudget"], b["expenditure"],
          b["executionRate"], b["basicExpenditure"], b["projectExpenditure"]))
    secs = re.findall(r"(决策|过程|产出|效益)指标(\d+)分，得([\d.]+)分，得分率([\d.]+)%", text)
    same("h294 sections (prose)", [{"name": n, "weight": num(w), "score": num(s)} for n, w, s, _ in secs],
         [dict(s, weight=num(s["weight"]), score=num(s["score"])) for s in g["sections"]])
    t = re.search(r"自评总分([\d.]+)分，自评等级为“(.)”", text)
    same("h294 自评结论", (num(t.group(1)), t.group(2)), (g["totalScore"], g["grade"]))
    print(f"   grid {len(xs) - 1} columns × {len(ys) - 1} bands; {len(rows)} rows by OCR; 合计 {tail['合计'][5:7]}; "
          f"得分率 {[(n, r) for n, _, _, r in secs]}; prose rate {m.group(5) if m else None}%")


# ------------------------------------------------------------ h295 (scanned booklet spreads)

def deskew(img):
    """the rotation (degrees, −0.6…0.6) that makes the rows' dark-pixel profile sharpest"""
    from PIL import Image
    small = img.resize((img.size[0] // 2, img.size[1] // 2))
    best = None
    for k in range(-12, 13):
        a = k * 0.05
        r = C.binarize(small.rotate(a, resample=Image.BILINEAR, fillcolor=255))
        W, Hh = r.size
        data = r.tobytes()
        score = sum(data[y * W:(y + 1) * W].count(0) ** 2 for y in range(Hh))
        if best is None or score > best[0]:
            best = (score, a)
    return img.rotate(best[1], resample=Image.BICUBIC, fillcolor=255), best[1]


def check295():
    import glob
    from PIL import Image
    stem = "h295_liaoyuan_jiaotong"
    g = gold(stem)
    path = os.path.join(OUT, stem + ".pdf")
    same("h295 fonts", run(["pdffonts", path], text=True).stdout.strip().splitlines()[2:], [])
    same("h295 text", run(["pdftotext", path, "-"], text=True).stdout.strip(), "")
    lst = run(["pdfimages", "-list", path], text=True).stdout.strip().splitlines()[2:]
    same("h295 images (one grey 200 dpi image per page)", [(x.split()[0], x.split()[5], x.split()[12]) for x in lst],
         [("1", "gray", "200"), ("2", "gray", "200")])
    base = os.path.join(C.TMP, "h295")
    run(["pdfimages", "-png", path, base])
    halves, angles = [], []
    for p in sorted(glob.glob(base + "-*.png")):
        im = Image.open(p).convert("L")
        W, Hh = im.size
        for box in ((0, 0, W // 2 - 60, Hh), (W // 2 + 60, 0, W, Hh)):
            h, a = deskew(im.crop(box))
            halves.append(h)
            angles.append(a)
    same("h295 pages", len(halves), 4)
    # page 1: the budget table
    grid, _ = ocr_grid(halves[0], numeric=(1, 2, 3, 4))
    bl = {r[0]: r for r in grid[1:]}
    tot = bl["合计"]
    basic = next(r for k, r in bl.items() if "基本支出" in k)
    proj = next(r for k, r in bl.items() if "项目支出" in k)
    b = g["budget"]
    same("h295 budget", (num(tot[1]), num(tot[2]), num(tot[3]), tot[4], num(basic[2]), num(basic[3]), num(proj[2]),
                         num(proj[3])),
         C.budget_of(g) + (b["basicBudget"], b["basicExpenditure"], b["projectBudget"], b["projectExpenditure"]))
    # pages 3 and 4: the 自评表, header repeated
    rows, tail = [], {}
    for pn in (2, 3):
        big = halves[pn].resize((halves[pn].size[0] * 3 // 2, halves[pn].size[1] * 3 // 2), Image.LANCZOS)
        grid, (xs, ys, cells) = ocr_grid(big, minv=78, numeric=(5, 6))  # at 300 dpi, as check47 reads
        header_ok(f"h295 p{pn + 1}", grid[0], ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                               "偏差原因分析"])
        r, t = rows8(grid[1:], "h295")
        rows += r
        tail.update(t)
        if pn == 2:
            W, Hh = halves[pn].size
            prose = C.tesseract(big.crop((0, 0, big.size[0], int(ys[0]) - 90)), 4)
        print(f"   page {pn + 1}: {len(r)} rows, grid {len(xs) - 1} × {len(ys) - 1}")
    C.compare_rows("h295", rows, g, canon_ocr)
    cmp_tail("h295", tail, g)
    secs = re.findall(r"(决策|过程|产出|效益)指标(\d+)分[，,]得([\d.]+)分", prose)
    same("h295 sections (四、自评结论)", [{"name": n, "weight": num(w), "score": num(s)} for n, w, s in secs],
         [dict(s, weight=num(s["weight"]), score=num(s["score"])) for s in g["sections"]])
    W, Hh = halves[1].size
    p2 = C.tesseract(halves[1], 4)
    same("h295 p2 says the station is unfinished", bool(re.search(r"附属工程.{0,12}尚未完工", p2)), True)
    print(f"h295: deskew angles {angles}; {len(rows)} rows; 合计 {tail['合计'][5:7]}; budget 合计 {tot[1:]}; "
          f"sections {secs}")


# ------------------------------------------------------------ h296 (XLSX, 大写 amounts)

CN = {c: i for i, c in enumerate("零壹贰叁肆伍陆柒捌玖")}


def from_daxie(s):
    s = s.replace("人民币", "").replace("元整", "").replace("元", "")
    total, sect, digit = 0, 0, 0
    for ch in s:
        if ch in CN:
            digit = CN[ch]
        elif ch in "拾佰仟":
            sect += digit * {"拾": 10, "佰": 100, "仟": 1000}[ch]
            digit = 0
        elif ch == "万":
            total += (sect + digit) * 10000
            sect = digit = 0
    return total + sect + digit


def check296():
    import openpyxl
    stem = "h296_jianyang_xiangmu"
    g = gold(stem)
    wb = openpyxl.load_workbook(os.path.join(OUT, stem + ".xlsx"))
    ws = wb.active
    val = {}
    for row in ws.iter_rows():
        for c in row:
            val[(c.row, c.column)] = c.value
    for rng in ws.merged_cells.ranges:
        v = val.get((rng.min_row, rng.min_col))
        for r in range(rng.min_row, rng.max_row + 1):
            for k in range(rng.min_col, rng.max_col + 1):
                val[(r, k)] = v
    nr = ws.max_row
    grid = [[val.get((r, k)) for k in range(1, 10)] for r in range(1, nr + 1)]
    fund = next(r for r in grid if r[1] == "年度资金总额")
    b = g["budget"]
    same("h296 fund line", (fund[2], fund[3], fund[4], round(fund[6] * 100, 2), fund[5], fund[7]),
         (b["initialBudget"], b["adjustedBudget"], b["expenditure"], b["executionRate"], 10,
          g["indicators"][0]["score"]))
    dx = next(r for r in grid if r[1] == "金额大写")[2]
    parts = re.findall(r"(年初预算数|全年预算数|全年执行数)（大写）：(人民币[^；]+)", dx)
    readd = {k: from_daxie(v) for k, v in parts}
    figs = {"年初预算数": fund[2], "全年预算数": fund[3], "全年执行数": fund[4]}
    agree = {k: round(figs[k] * 10000) == readd[k] for k in figs}
    same("h296 大写 agree with the figures (元 = 万元 × 10000)", agree,
         {"年初预算数": True, "全年预算数": True, "全年执行数": False})
    h0 = next(i for i, r in enumerate(grid) if r[1] == "一级指标")
    rows = [("", "", "年度资金总额", None, f"{fund[6] * 100:.2f}%", fund[5], fund[7])]
    for r in grid[h0 + 1:]:
        if r[0] != "绩效指标":
            break
        rows.append((r[1], r[2], r[3], r[4], r[5], r[6], r[7]))
    C.compare_rows("h296", rows, g)
    tot = next(r for r in grid if r[0] == "总分")
    same("h296 总分", (tot[6], tot[7], tot[8]), (g["maxScore"], g["totalScore"], f"自评等级：{g['grade']}"))
    goals = next(grid[i + 1] for i, r in enumerate(grid) if r[1] == "预期目标")
    lt = re.findall(r"^(目标.)：", goals[1], re.M)
    la = re.findall(r"^(目标.)：", goals[5], re.M)
    print(f"h296: {len(rows)} rows; fund {fund[2:8]}; 大写 → 元 {readd} ({agree}); goal labels {lt} / {la}; "
          f"项目 {val[(4, 2)]}")
    same("h296 project", val[(4, 2)], g["project"])
    same("h296 goal labels", (lt, la), (["目标一", "目标二", "目标二", "目标四"], ["目标一", "目标二", "目标三", "目标四"]))


# ------------------------------------------------------------ vector grids (h297's embedded forms, h298)

def vector_grid(path, pageno):
    """the stroked segments of a page (rectangles and lines, with the dash pattern in force) → grid → cells with the
    words of pdftotext -bbox placed in them; returns (grid rows, segments)"""
    import pikepdf
    pdf = pikepdf.open(path)
    pg = pdf.pages[pageno - 1]
    Hh = float(pg.MediaBox[3])
    segs, path_, dash, cur = [], [], False, None
    for operands, op in pikepdf.parse_content_stream(pg):
        op = str(op)
        if op == "d":
            dash = len(operands[0]) > 0
        elif op == "re":
            x, y, w, h = (float(v) for v in operands)
            path_ += [(x, y, x + w, y), (x, y + h, x + w, y + h), (x, y, x, y + h), (x + w, y, x + w, y + h)]
        elif op == "m":
            cur = tuple(float(v) for v in operands)
        elif op == "l":
            nxt = tuple(float(v) for v in operands)
            path_.append(cur + nxt)
            cur = nxt
        elif op in ("S", "s", "B"):
            segs += [(s, dash) for s in path_]
            path_ = []
        elif op in ("n", "f", "F", "f*"):
            path_ = []
    hs = [(min(a, c), max(a, c), b, d) for (a, b, c, e), d in segs if abs(b - e) < 0.1]
    vs = [(min(b, e), max(b, e), a, d) for (a, b, c, e), d in segs if abs(a - c) < 0.1]
    xs = C.cluster([x for _, _, x, _ in vs], 1)
    ys = sorted(C.cluster([y for _, _, y, _ in hs], 1), reverse=True)

    def hcov(y, x):
        return any(abs(yy - y) <= 1 and a - 1 <= x <= b + 1 for a, b, yy, _ in hs)

    def vcov(x, y):
        return any(abs(xx - x) <= 1 and a - 1 <= y <= b + 1 for a, b, xx, _ in vs)
    nr, nc = len(ys) - 1, len(xs) - 1
    parent = {(i, k): (i, k) for i in range(nr) for k in range(nc)}

    def find(a):
        while parent[a] != a:
            a = parent[a]
        return a
    for i in range(nr):
        ym = (ys[i] + ys[i + 1]) / 2
        for k in range(nc):
            xm = (xs[k] + xs[k + 1]) / 2
            if i > 0 and not hcov(ys[i], xm):
                parent[find((i, k))] = find((i - 1, k))
            if k > 0 and not vcov(xs[k], ym):
                parent[find((i, k))] = find((i, k - 1))
    groups = {}
    for s in parent:
        groups.setdefault(find(s), []).append(s)
    words = C.words_of(path, pageno)
    text = {}
    owner = {}
    for root, slots in groups.items():
        r0, r1 = min(i for i, _ in slots), max(i for i, _ in slots)
        k0, k1 = min(k for _, k in slots), max(k for _, k in slots)
        x0, x1, ytop, ybot = xs[k0], xs[k1 + 1], Hh - ys[r0], Hh - ys[r1 + 1]
        ws = [w for w in words if x0 < (w[0] + w[2]) / 2 < x1 and ytop < (w[1] + w[3]) / 2 < ybot]
        text[root] = C.join_words(ws)
        for s in slots:
            owner[s] = root
    grid = [[text[owner[(i, k)]] for k in range(nc)] for i in range(nr)]
    return grid, segs


def check297():
    import pikepdf
    stem = "h297_wuyuan_wenlv"
    golds = gold(stem)
    path = os.path.join(OUT, stem + ".pdf")
    pdf = pikepdf.open(path)
    same("h297 /Collection", "/Collection" in pdf.Root, True)
    same("h297 collection sort", str(pdf.Root.Collection.Sort.S), "/XH")
    names = pdf.Root.Names.EmbeddedFiles.Names
    files = [(str(names[i]), names[i + 1]) for i in range(0, len(names), 2)]
    same("h297 embedded files", len(files), 3)
    order = sorted(files, key=lambda f: int(f[1].CI.XH))
    same("h297 order by 序号 = name order", [f[0] for f in order], [f[0] for f in files])
    cover = run(["pdftotext", path, "-"], text=True).stdout
    print(f"h297: cover page says {re.sub(chr(10), ' ', cover.strip())[:90]}…; files {[f[0] for f in order]}")
    for n, ((name, spec), g) in enumerate(zip(order, golds), 1):
        data = spec.EF.F.read_bytes()
        p = os.path.join(C.TMP, f"h297_{n}.pdf")
        with open(p, "wb") as fh:
            fh.write(data)
        grid, _ = vector_grid(p, 1)
        val = {r[0]: r for r in grid}
        same(f"h297#{n} project / 主管部门 / 实施单位", (val["项目名称"][2], val["主管部门"][2], val["主管部门"][5]),
             (g["project"], g["department"], g["implementingUnit"]))
        fund = next(r for r in grid if r[1] == "年度资金总额")
        ea, rate = fund[7].split("/")
        b = g["budget"]
        same(f"h297#{n} fund line", (num(fund[3]), num(fund[4]), num(ea), rate),
             (b["initialBudget"], b["adjustedBudget"], b["expenditure"], f"{b['executionRate']:.2f}%"))
        h0 = next(i for i, r in enumerate(grid) if r[0] == "一级指标")
        rows = [("", "", "年度资金总额", None, rate, fund[5], fund[6])]
        for r in grid[h0 + 1:]:
            if r[0] == "总分":
                same(f"h297#{n} 总分", (num(r[5]), num(r[6]), r[7]), (g["maxScore"], g["totalScore"],
                                                                      f"自评等级：{g['grade']}"))
                break
            rows.append(tuple(r[:7]))
        C.compare_rows(f"h297#{n}", rows, g)
        srcs = [(r[1], r[4], r[7]) for r in grid if r[1].startswith("其中：")]
        print(f"   #{n} {g['project']}: {len(rows)} rows, 总分 {g['totalScore']}, rows add to "
              f"{round(sum(num(r[6]) for r in rows), 2)}; 其中 {srcs}")


def check298():
    stem = "h298_fuxin_renshe"
    g = gold(stem)
    path = os.path.join(OUT, stem + ".pdf")
    grid1, segs1 = vector_grid(path, 1)
    grid2, segs2 = vector_grid(path, 2)
    for tag, segs in (("p1", segs1), ("p2", segs2)):
        solid = [s for s, d in segs if not d]
        dashed = [s for s, d in segs if d]
        same(f"h298 {tag} solid segments = the outer frame's 4", len(solid), 4)
        print(f"h298 {tag}: {len(dashed)} dashed segments, {len(solid)} solid")
    bl = {r[0]: r for r in grid1[1:]}
    tot = bl["合计"]
    basic = next(r for k, r in bl.items() if "基本支出" in k)
    proj = next(r for k, r in bl.items() if "项目支出" in k)
    b = g["budget"]
    same("h298 budget", (num(tot[1]), num(tot[2]), num(tot[3]), tot[4], num(basic[2]), num(basic[3]), num(proj[2]),
                         num(proj[3])),
         C.budget_of(g) + (b["basicBudget"], b["basicExpenditure"], b["projectBudget"], b["projectExpenditure"]))
    rows, tail = rows8(grid2[1:], "h298")
    C.compare_rows("h298", rows, g)
    cmp_tail("h298", tail, g)
    t = run(["pdftotext", "-f", "1", "-l", "1", path, "-"], text=True).stdout
    m = re.search(r"自评总分([\d.]+)分，自评等级为“(.)”", re.sub(r"\s+", "", t))
    same("h298 三、自评结论", (num(m.group(1)), m.group(2)), (g["totalScore"], g["grade"]))
    print(f"   {len(rows)} rows; 合计 {tail['合计'][5:7]}; 等级 {tail['自评等级'][5]}; budget {tot[1:]}")


def main(argv):
    for name, f in (("h294", check294), ("h295", check295), ("h296", check296), ("h297", check297),
                    ("h298", check298)):
        if not argv or name in argv:
            f()
    if C.PROBLEMS:
        print(f"{len(C.PROBLEMS)} PROBLEMS")
        sys.exit(1)
    print("all read = gold")


if __name__ == "__main__":
    main(sys.argv[1:])
