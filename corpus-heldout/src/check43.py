#!/usr/bin/python3
"""Round 43's independent check: re-opens h269–h273 with readers written for the check (none of reports43.py's code
is imported or reused) and compares what they read with gold/<stem>.json.
    /usr/bin/python3 corpus-heldout/src/check43.py
Readers: h269 a BIFF8 record reader on olefile's “Workbook” stream (SST + CONTINUE, LABELSST, NUMBER, RK, MULRK,
MERGEDCELLS, XF → FORMAT) and LibreOffice's CSV export of the .et as it is; h270 Python's zipfile (entry flags, the
names as UTF-8), a WordprocessingML table reader on lxml for the DOCX and a ruled-PDF cell reader (rectangles from the
content stream by pikepdf, words from `pdftotext -bbox`) for the PDF; h271 the same table reader bound to the Strict
namespace; h272 `pdftotext` (what the text layer gives) and `pdftoppm` + `tesseract -l chi_sim` (what the page shows);
h273 the content stream's operators and the same cell reader on the filled rectangles.
"""
import csv
import io
import json
import os
import re
import struct
import subprocess
import sys
import tempfile
import zipfile

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROBLEMS = []
TEMPS = []


def tmpdir():
    d = tempfile.mkdtemp(prefix="check43_")
    TEMPS.append(d)
    return d


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


def fmt_gold(v):
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return str(v)


def compare_rows(tag, rows, g):
    """rows: (level1, level2, level3, target, actual, weight, score) as read; g: the gold report"""
    gi = g["indicators"]
    same(f"{tag} row count", len(rows), len(gi))
    for r, x in zip(rows, gi):
        want = (x["level1"], x["level2"], x["level3"], x["target"], x["actual"], num(x["weight"]), num(x["score"]))
        got = tuple(None if v in ("", None) else v for v in r[:5]) + (num(r[5]), num(r[6]))
        same(f"{tag} row {x['level3']}", got, want)


# ------------------------------------------------------------ BIFF8 (h269)

def biff_cells(path):
    import olefile
    ole = olefile.OleFileIO(path)
    data = ole.openstream("Workbook").read()
    recs, pos = [], 0
    while pos + 4 <= len(data):
        rid, ln = struct.unpack_from("<HH", data, pos)
        recs.append((rid, data[pos + 4:pos + 4 + ln]))
        pos += 4 + ln
    formats, xfs, sst, cells, merges, sheets = {}, [], [], {}, [], []

    def rk(v):
        x = struct.unpack("<d", struct.pack("<Q", (v & 0xFFFFFFFC) << 32))[0] if not v & 2 else float(v >> 2)
        return x / 100 if v & 1 else x
    i = 0
    while i < len(recs):
        rid, b = recs[i]
        if rid == 0x41E:
            idx, n, fl = struct.unpack_from("<HHB", b, 0)
            formats[idx] = b[5:5 + n * (2 if fl & 1 else 1)].decode("utf-16-le" if fl & 1 else "latin-1")
        elif rid == 0xE0:
            xfs.append(struct.unpack_from("<H", b, 2)[0])
        elif rid == 0x85:
            n, fl = b[6], b[7]
            sheets.append(b[8:8 + n * (2 if fl & 1 else 1)].decode("utf-16-le" if fl & 1 else "latin-1"))
        elif rid == 0xFC:
            chunks = [b]
            while i + 1 < len(recs) and recs[i + 1][0] == 0x3C:
                i += 1
                chunks.append(recs[i][1])
            total = struct.unpack_from("<I", b, 4)[0]
            ci, p = 0, 8
            for _ in range(total):
                if p >= len(chunks[ci]):
                    ci, p = ci + 1, 0
                n = struct.unpack_from("<H", chunks[ci], p)[0]
                fl = chunks[ci][p + 2]
                p += 3
                rt = struct.unpack_from("<H", chunks[ci], p)[0] if fl & 8 else 0
                p += 2 if fl & 8 else 0
                ext = struct.unpack_from("<I", chunks[ci], p)[0] if fl & 4 else 0
                p += 4 if fl & 4 else 0
                s, left, wide = "", n, fl & 1
                while left:
                    if p >= len(chunks[ci]):
                        ci, p = ci + 1, 1
                        wide = chunks[ci][0] & 1
                    avail = (len(chunks[ci]) - p) // (2 if wide else 1)
                    k = min(left, avail)
                    raw = chunks[ci][p:p + k * (2 if wide else 1)]
                    s += raw.decode("utf-16-le" if wide else "latin-1")
                    p += len(raw)
                    left -= k
                p += rt * 4 + ext
                sst.append(s)
        elif rid == 0xFD:
            r, c, xf, k = struct.unpack_from("<HHHI", b)
            cells[(r, c)] = (sst[k], xf)
        elif rid == 0x203:
            r, c, xf = struct.unpack_from("<HHH", b)
            cells[(r, c)] = (struct.unpack_from("<d", b, 6)[0], xf)
        elif rid == 0x27E:
            r, c, xf, v = struct.unpack_from("<HHHI", b)
            cells[(r, c)] = (rk(v), xf)
        elif rid == 0xBD:
            r, c = struct.unpack_from("<HH", b)
            n = (len(b) - 6) // 6
            for k in range(n):
                xf, v = struct.unpack_from("<HI", b, 4 + 6 * k)
                cells[(r, c + k)] = (rk(v), xf)
        elif rid == 0xE5:
            n = struct.unpack_from("<H", b)[0]
            merges += [struct.unpack_from("<HHHH", b, 2 + 8 * k) for k in range(n)]
        i += 1
    ole.close()
    return sheets, cells, merges, xfs, formats


def check269():
    stem = "h269_qinzhou_shijian"
    g = gold(stem)
    path = os.path.join(OUT, stem + ".et")
    with open(path, "rb") as f:
        magic = f.read(8)
    print(f"{stem}.et: OLE magic {magic.hex()}")
    sheets, cells, merges, xfs, formats = biff_cells(path)
    print(f"  BIFF8 reader: sheets {sheets}, {len(cells)} value cells, {len(merges)} merged ranges")
    top = {}
    for r1, r2, c1, c2 in merges:
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                top[(r, c)] = (r1, c1)

    def val(r, c):
        v = cells.get(top.get((r, c), (r, c)))
        return None if v is None else v[0]

    builtin = {0: "General", 2: "0.00", 4: "#,##0.00", 9: "0%", 10: "0.00%"}

    def fmt_of(r, c):
        v = cells.get((r, c))
        return formats.get(xfs[v[1]], builtin.get(xfs[v[1]], "?")) if v else None
    nrows = max(r for r, _ in cells) + 1
    b = g["budget"]
    lines = {}
    for r in range(nrows):
        lab = val(r, 0)
        if lab in ("合计", "其中：基本支出", "项目支出") and isinstance(val(r, 2), float):
            lines[lab] = (val(r, 2), val(r, 4), val(r, 6), val(r, 8), fmt_of(r, 8))
    print("  budget lines:", lines)
    same("h269 budget", (lines["合计"][0], lines["合计"][1], lines["合计"][2], round(lines["合计"][3] * 100, 2),
                         lines["其中：基本支出"][1], lines["其中：基本支出"][2], lines["项目支出"][1], lines["项目支出"][2]),
         (b["initialBudget"], b["adjustedBudget"], b["expenditure"], b["executionRate"], b["basicBudget"],
          b["basicExpenditure"], b["projectBudget"], b["projectExpenditure"]))
    h = next(r for r in range(nrows) if val(r, 0) == "一级指标")
    rows, secs_, r = [], [], h + 1
    while val(r, 0) not in ("合计", None):
        if val(r, 1) == "小计":
            secs_.append({"name": val(r, 0), "weight": val(r, 3), "score": val(r, 7)})
        else:
            rows.append((val(r, 0), val(r, 1), val(r, 2), val(r, 5), val(r, 6), val(r, 3), val(r, 7)))
        r += 1
    compare_rows("h269", rows, g)
    same("h269 sections", [(s["name"], s["weight"], s["score"]) for s in secs_],
         [(s["name"], float(s["weight"]), float(s["score"])) for s in g["sections"]])
    same("h269 total", (val(r, 3), val(r, 7)), (g["maxScore"], g["totalScore"]))
    same("h269 grade", val(r + 1, 3), g["grade"])
    print(f"  BIFF8 reader: {len(rows)} rows, {len(secs_)} 小计, 合计 {val(r, 3)} | {val(r, 7)}, 自评等级 {val(r + 1, 3)}; "
          f"rate cells' format {lines['合计'][4]!r}")
    # LibreOffice, opening the .et under its own name
    work = tmpdir()
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/jixiao_check43_lo", "--headless", "--convert-to",
                    "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", work, path], capture_output=True, timeout=300)
    with open(os.path.join(work, stem + ".csv"), encoding="utf-8") as f:
        grid_ = list(csv.reader(f))
    h = next(i for i, row in enumerate(grid_) if row and row[0] == "一级指标")
    rows, l1, l2, i = [], None, None, h + 1
    while grid_[i][0] != "合计":
        row = grid_[i]
        l1 = row[0] or l1
        if row[1] != "小计":
            l2 = row[1] or l2
            rows.append((l1, l2, row[2], row[5], row[6], row[3], row[7]))
        i += 1
    compare_rows("h269 (LibreOffice CSV)", rows, g)
    print(f"  LibreOffice (CSV of the .et as is): {len(rows)} rows; 合计 row {grid_[i][3]} | {grid_[i][7]}; budget 合计 "
          f"line {grid_[next(k for k, x in enumerate(grid_) if x and x[0] == '合计')][2:9]}")


# ------------------------------------------------------------ WordprocessingML tables (h270 DOCX, h271 Strict DOCX)

def docx_tables(data, wns):
    from lxml import etree
    W = "{%s}" % wns
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        root = etree.fromstring(z.read("word/document.xml"))
        names = z.namelist()
        rels = z.read("word/_rels/document.xml.rels").decode()
    out = []
    for tbl in root.iter(W + "tbl"):
        grid_, above = [], {}
        for tr in tbl.findall(W + "tr"):
            row, col = [], 0
            for tc in tr.findall(W + "tc"):
                pr = tc.find(W + "tcPr")
                span = int(pr.find(W + "gridSpan").get(W + "val")) if pr is not None and pr.find(W + "gridSpan") is not None else 1
                vm = pr.find(W + "vMerge") if pr is not None else None
                text = "\n".join("".join(t.text or "" for t in p.iter(W + "t")) for p in tc.findall(W + "p")).strip()
                if vm is not None and vm.get(W + "val") != "restart":
                    text = above.get(col, "")
                for k in range(span):
                    row.append(text)
                    above[col + k] = text
                col += span
            grid_.append(row)
        out.append(grid_)
    return root, out, names, rels


def form_rows(grid_):
    """a 项目支出绩效自评表 grid (9 columns as read) → the fund line row + indicator rows, 总分 row, goals, fund lines"""
    fund = next(r for r in grid_ if r[1] == "年度资金总额")
    h = next(i for i, r in enumerate(grid_) if r[1] == "一级指标")
    rows = [(None, None, "年度资金总额", None, fund[6], fund[5], fund[7])]
    i = h + 1
    while grid_[i][0] != "总分":
        r = grid_[i]
        rows.append((r[1], r[2], r[3], r[4], r[5], r[6], r[7]))
        i += 1
    gi = next(i for i, r in enumerate(grid_) if r[1] == "预期目标")
    return rows, grid_[i], (grid_[gi + 1][1], grid_[gi + 1][5]), fund


def check_form(tag, grid_, g):
    rows, tot, goals, fund = form_rows(grid_)
    compare_rows(tag, rows, g)
    same(f"{tag} total", (num(tot[6]), num(tot[7])), (g["maxScore"], g["totalScore"]))
    b = g["budget"]
    same(f"{tag} fund line", (num(fund[2]), num(fund[3]), num(fund[4]), fund[6]),
         (b["initialBudget"], b["adjustedBudget"], b["expenditure"], f"{b['executionRate']:.2f}%"))
    labels = [re.findall(r"目标\d", t) for t in goals]
    print(f"  {tag}: {len(rows)} rows (fund line + {len(rows) - 1}); 总分 {tot[6]} | {tot[7]} | {tot[8] or '(no grade)'}; "
          f"goal labels 预期 {labels[0]} / 实际 {labels[1]}")
    return rows, tot, goals


# ------------------------------------------------------------ PDF cells: rectangles from the content stream + pdftotext words

def pdf_cells(path, page_no):
    import pikepdf
    from lxml import etree
    pdf = pikepdf.open(path)
    page = pdf.pages[page_no - 1]
    Hh = float(page.MediaBox[3])
    rects, ops = [], {}
    for operands, op in pikepdf.parse_content_stream(page):
        ops[str(op)] = ops.get(str(op), 0) + 1
        if str(op) == "re":
            x, y, w, h = (float(v) for v in operands)
            rects.append((x, Hh - (y + h), x + w, Hh - y))
    xml = subprocess.run(["pdftotext", "-bbox", "-f", str(page_no), "-l", str(page_no), path, "-"],
                         capture_output=True).stdout
    words = []
    for w in etree.fromstring(xml.replace(b'xmlns="http://www.w3.org/1999/xhtml"', b"")).iter("word"):
        words.append((float(w.get("xMin")), float(w.get("yMin")), float(w.get("xMax")), float(w.get("yMax")), w.text))
    cells = {}
    for x0, y0, x1, y1, t in words:
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        inside = [r for r in rects if r[0] <= cx <= r[2] and r[1] <= cy <= r[3]]
        if inside:
            r = min(inside, key=lambda q: (q[2] - q[0]) * (q[3] - q[1]))
            cells.setdefault(r, []).append((round(y0), x0, t))
    out = []
    for r, ws in cells.items():
        ws.sort()
        out.append((r, "".join(t for _, _, t in ws)))
    return out, ops


def cell_at(cells, x, y):
    for r, t in cells:
        if r[0] <= x <= r[2] and r[1] <= y <= r[3]:
            return t
    return ""


def pdf_table(cells, header, anchor, stop):
    """rows of a cell grid: columns from the header cells' centres (the header row is the one holding the topmost cell
    named anchor); one row per cell of the anchor column between the header and the stop row; each column's value is the cell under the column's centre at the anchor cell's centre"""
    a = min((r for r, t in cells if t == anchor), key=lambda q: q[1])
    hd = {t: r for r, t in cells if t in header and a[1] <= (r[1] + r[3]) / 2 <= a[3]}
    cols = [(hd[h][0] + hd[h][2]) / 2 for h in header]
    ytop = max(r[3] for r in hd.values())
    stop_y = min(r[1] for r, t in cells if t == stop and r[1] > ytop)
    ax = cols[header.index(anchor)]
    anchors = sorted(r for r, t in cells if r[0] <= ax <= r[2] and ytop < (r[1] + r[3]) / 2 < stop_y)
    rows = []
    for r in sorted(anchors, key=lambda q: q[1]):
        cy = (r[1] + r[3]) / 2
        rows.append([cell_at(cells, x, cy) for x in cols])
    return rows, stop_y


def check270():
    stem = "h270_jingyang_zhujian"
    gs = gold(stem)
    path = os.path.join(OUT, stem + ".zip")
    z = zipfile.ZipFile(path)
    print(f"{stem}.zip:")
    for i in z.infolist():
        print(f"  entry flag {i.flag_bits:#06x} made-by {i.create_system}/{i.create_version} {i.date_time} {i.file_size:>6} "
              f"{i.filename}")
    reports = [i for i in z.infolist() if i.filename.endswith((".docx", ".pdf"))]
    same("h270 reports in the zip", len(reports), len(gs))
    for k, (info, g) in enumerate(zip(reports, gs), 1):
        data = z.read(info)
        tag = f"h270 report {k} ({info.filename.rsplit('/', 1)[1]})"
        if info.filename.endswith(".docx"):
            _, tables, _, _ = docx_tables(data, "http://schemas.openxmlformats.org/wordprocessingml/2006/main")
            grid_ = tables[0]
            rows, tot, goals = check_form(tag, grid_, g)
            same(f"{tag} project", grid_[0][2], g["project"])
            same(f"{tag} unit", grid_[1][7], g["implementingUnit"])
        else:
            with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
                f.write(data)
                f.flush()
                cells, ops = pdf_cells(f.name, 1)
            head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
            rows, stop_y = pdf_table(cells, head, "三级指标", "总分")
            fund_rows, _ = pdf_table(cells, ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], "年初预算数",
                                     "年度总体目标")
            fl = fund_rows[0]
            read = [(None, None, "年度资金总额", None, fl[4], fl[3], fl[5])] + [tuple(r[:7]) for r in rows]
            compare_rows(tag, read, g)
            tot = [t for r, t in cells if abs((r[1] + r[3]) / 2 - (stop_y + 8)) < 10]
            print(f"  {tag}: {len(read)} rows (fund line + {len(rows)}); 总分 row cells {tot}; "
                  f"{len(cells)} text cells in {ops.get('re', 0)} rectangles")
            same(f"{tag} fund line", tuple(num(x) for x in fl[:3]),
                 (g["budget"]["initialBudget"], g["budget"]["adjustedBudget"], g["budget"]["expenditure"]))
    txt = z.read([i for i in z.infolist() if i.filename.endswith(".txt")][0]).decode("utf-8")
    print(f"  说明.txt: {len(txt)} characters, first line {txt.splitlines()[0]!r}")


def check271():
    stem = "h271_weichang_linye"
    g = gold(stem)
    with open(os.path.join(OUT, stem + ".docx"), "rb") as f:
        data = f.read()
    S = "http://purl.oclc.org/ooxml/wordprocessingml/main"
    root, tables, names, rels = docx_tables(data, S)
    print(f"{stem}.docx: root {root.tag}, conformance={root.get('{%s}conformance' % S)!r}; parts {len(names)}")
    types = sorted(set(re.findall(r'Type="([^"]+)"', rels)))
    print(f"  relationship types (document.xml.rels): {types}")
    transitional = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        left = [n for n in z.namelist() if transitional.encode() in z.read(n)]
    same("h271 parts still in the transitional namespace", left, [])
    _, t_trans, _, _ = docx_tables(data, transitional)
    print(f"  a reader bound to the transitional namespace finds {len(t_trans)} tables; the Strict-bound reader "
          f"{len(tables)}")
    grid_ = tables[0]
    check_form("h271", grid_, g)
    same("h271 project", grid_[0][2], g["project"])
    work = tmpdir()
    res = subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/jixiao_check43_lo", "--headless", "--convert-to",
                          "txt:Text (encoded):UTF8", "--outdir", work, os.path.join(OUT, stem + ".docx")],
                         capture_output=True, text=True, timeout=300)
    p = os.path.join(work, stem + ".txt")
    txt = open(p, encoding="utf-8-sig").read() if os.path.exists(p) else ""
    print(f"  LibreOffice 7.4 opens it: {bool(txt)}; its text holds the 总分 {g['totalScore']}: "
          f"{str(g['totalScore']) in txt}, all 三级 names: "
          f"{all(r['level3'] in txt.replace(chr(10), '') for r in g['indicators'])}")


def ocr(img, psm, pad=0, lang="chi_sim"):
    from PIL import Image
    if pad:
        big = Image.new("L", (img.size[0] + 2 * pad, img.size[1] + 2 * pad), 255)
        big.paste(img, (pad, pad))
        img = big
    with tempfile.NamedTemporaryFile(suffix=".png") as f:
        img.save(f.name)
        return subprocess.run(["tesseract", f.name, "-", "-l", lang, "--psm", str(psm)],
                              capture_output=True, text=True).stdout


def runs(img, minrun):
    """(line position, start, end) of the dark runs at least minrun pixels long on every pixel row of img, grouped
    into lines (adjacent pixel rows with overlapping runs)"""
    W, H = img.size
    data = img.point(lambda v: 0 if v < 160 else 255).tobytes()
    raw = []
    for y in range(H):
        for m in re.finditer(rb"\x00{%d,}" % minrun, data[y * W:(y + 1) * W]):
            raw.append((y, m.start(), m.end()))
    lines = []
    for y, a, b in raw:
        for ln in lines:
            if y - ln[3] <= 1 and a < ln[2] and b > ln[1]:
                ln[1], ln[2], ln[3] = min(a, ln[1]), max(b, ln[2]), y
                break
        else:
            lines.append([y, a, b, y])
    return [((ln[0] + ln[3]) / 2, ln[1], ln[2]) for ln in lines]


def unruled(img):
    """the page image with its ruling lines (dark runs of 150 px or more, both ways) painted white"""
    from PIL import Image, ImageDraw
    out = img.copy()
    d = ImageDraw.Draw(out)
    for y, a, b in runs(img, 150):
        d.rectangle([a, y - 3, b, y + 3], fill=255)
    W = img.size[0]
    for x, a, b in runs(img.transpose(Image.Transpose.ROTATE_90), 150):
        d.rectangle([W - 1 - x - 3, a, W - 1 - x + 3, b], fill=255)
    return out


def ocr_grid_rows(img):
    """the indicator table read cell by cell from a page image: column separators are the longest vertical rules, row
    separators the horizontal rules crossing the 三级…偏差 columns; 一级/二级 cells (merged down) are the segments
    between the horizontal rules crossing their own column; every cell cropped inside its rules and OCR'd alone"""
    from PIL import Image
    # ROTATE_90 turns the image counter-clockwise: pixel row x of the rotated image is pixel column W-1-x, and its
    # positions along the row are the original y
    W = img.size[0]
    vert = [(W - 1 - x, a, b) for x, a, b in runs(img.transpose(Image.Transpose.ROTATE_90), 200)]
    longest = max(b - a for _, a, b in vert)
    tall = sorted({round(x) for x, a, b in vert if b - a > 0.8 * longest})
    xs = []
    for x in tall:
        if not xs or x - xs[-1] > 6:
            xs.append(x)
    top = min(a for x, a, b in vert if b - a > 0.8 * longest)
    bottom = max(b for x, a, b in vert if b - a > 0.8 * longest)
    hor = runs(img, 150)

    def cuts(k0, k1):
        return sorted({round(y) for y, a, b in hor if a <= xs[k0] + 8 and b >= xs[k1] - 8 and top - 6 <= y <= bottom + 6})
    ys = cuts(2, len(xs) - 1)
    cache, rows = {}, []

    def crop_text(x0, y0, x1, y1, psm):
        key = (x0, y0, x1, y1)
        if key not in cache:
            cache[key] = re.sub(r"\s+", "", ocr(img.crop((x0 + 6, y0 + 6, x1 - 5, y1 - 5)), psm, 30,
                                                 "chi_sim" if psm == 6 else "chi_sim+eng"))
        return cache[key]
    for i in range(1, len(ys) - 1):
        y0, y1 = ys[i], ys[i + 1]
        cy = (y0 + y1) / 2
        row = []
        for k in range(len(xs) - 1):
            if k < 2:
                cs = cuts(k, k + 1)
                a = max(y for y in cs if y < cy)
                b = min(y for y in cs if y > cy)
                row.append(crop_text(xs[k], a, xs[k + 1], b, 6))
            else:
                row.append(crop_text(xs[k], y0, xs[k + 1], y1, 6 if k in (2, 7) else 7))  # text cells / figures
        rows.append(row)
    return rows


def check272():
    stem = "h272_baiyin_yibao"
    g = gold(stem)
    path = os.path.join(OUT, stem + ".pdf")
    fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout
    print(f"{stem}.pdf fonts:\n" + "\n".join("    " + ln for ln in fonts.splitlines()))
    txt = subprocess.run(["pdftotext", path, "-"], capture_output=True).stdout.decode("utf-8", "replace")
    cjk = sum(1 for ch in txt if "\u4e00" <= ch <= "\u9fff")
    ctrl = sum(1 for ch in txt if ord(ch) < 32 and ch not in "\n\f")
    digits = sum(ch.isdigit() for ch in txt)
    words = [g["department"], "预算执行率", "绩效指标"] + [r["level3"] for r in g["indicators"]]
    print(f"  pdftotext: {len(txt)} characters, {cjk} CJK, {ctrl} control characters, {digits} digits; first 60: "
          f"{txt[:60]!r}")
    same("h272 report words in the text layer", [w for w in words if w in txt], [])
    same("h272 figures in the text layer", [x for x in ("96.85", "95.47%", "4,360.25", "3,647.80") if x in txt], [])
    from PIL import Image
    work = tmpdir()
    subprocess.run(["pdftoppm", "-r", "300", "-gray", "-png", path, os.path.join(work, "p")], check=True)
    pages = [Image.open(os.path.join(work, n)).convert("L") for n in sorted(os.listdir(work))]
    whole = "".join(re.sub(r"\s+", "", ocr(unruled(p), 6, 0, "chi_sim+eng")) for p in pages)
    figs = ["3,647.80", "4,360.25", "4,162.53", "95.47%", "1,356.20", "1,402.85", "1,398.61", "2,218.60", "2,957.40",
            "2,763.92", "99.70%", "93.46%"]
    m = re.search(r"自评等级[^优良中差]{0,3}([优良中差])", whole)
    print(f"  tesseract chi_sim+eng on the 300 dpi pages, ruling painted out (whole page, psm 6): title line "
          f"{g['department'] + '2024年度部门整体支出绩效自评表' in whole}; budget figures read {sum(f in whole for f in figs)} "
          f"of {len(figs)}; the 注's formula result {'95.74' in whole}; '自评等级' {'自评等级' in whole}, grade "
          f"{m.group(1) if m else None}")
    same("h272 OCR grade", m.group(1) if m else None, g["grade"])
    rows = ocr_grid_rows(pages[0])
    gi = g["indicators"]
    same("h272 OCR rows", len(rows) - 1, len(gi))  # the last band is the 合计 row
    fields = {"level1": 0, "level2": 1, "level3": 2, "target": 3, "actual": 4, "weight": 5, "score": 6}
    hits = {f: 0 for f in fields}
    misses = []
    for r, x in zip(rows, gi):
        for f, k in fields.items():
            want = re.sub(r"\s+", "", fmt_gold(x[f]))
            if r[k] == want:
                hits[f] += 1
            else:
                misses.append(f"{x['level3']}.{f}: {r[k]!r} for {want!r}")
    tot = rows[-1]
    print(f"  cell-by-cell OCR of the indicator table ({len(rows) - 1} rows + 合计 {tot[5]!r} | {tot[6]!r}): exact "
          f"per field {hits} of {len(gi)}")
    print("  OCR misreadings:", *misses, sep="\n    ")


def check273():
    stem = "h273_daiyue_shangwu"
    g = gold(stem)
    path = os.path.join(OUT, stem + ".pdf")
    allops = {}
    for p in (1, 2):
        cells, ops = pdf_cells(path, p)
        for k, v in ops.items():
            allops[k] = allops.get(k, 0) + v
        if p == 1:
            fund, _ = pdf_table(cells, ["资金来源", "年初预算数", "全年预算数", "实际支出数", "执行率"], "资金来源", "三、一级指标得分汇总")
            summ, _ = pdf_table(cells, ["一级指标", "分值", "得分", "得分率"], "一级指标", "评价等级")
            grade_ = [t for r, t in cells if t in ("优", "良", "中", "差")]
        else:
            head = ["一级指标", "二级指标", "三级指标", "分值", "评分标准", "年度指标值", "实际完成值", "得分"]
            rows, _ = pdf_table(cells, head, "三级指标", "合计")
            tot = next(t for r, t in sorted(cells, key=lambda q: -q[0][1]) if re.fullmatch(r"\d+\.\d+", t))
    stroke = {k: v for k, v in allops.items() if k in ("S", "s", "B", "B*", "b", "b*", "l", "m", "c")}
    print(f"{stem}.pdf: content-stream operators {dict(sorted(allops.items()))}; stroke or line operators: {stroke}")
    same("h273 stroke operators", stroke, {})
    b = g["budget"]
    same("h273 fund 合计", tuple(num(x) for x in fund[0][1:5]),
         (b["initialBudget"], b["adjustedBudget"], b["expenditure"], f"{b['executionRate']:.2f}%"))
    same("h273 sections", [(r[0], num(r[1]), num(r[2])) for r in summ if r[0] != "合计"],
         [(s["name"], s["weight"], s["score"]) for s in g["sections"]])
    same("h273 summary 合计", num(summ[-1][2]), g["totalScore"])
    compare_rows("h273", [(r[0], r[1], r[2], r[5], r[6], r[3], r[7]) for r in rows], g)
    same("h273 grade", grade_, [g["grade"]])
    print(f"  cell reader on the filled boxes: fund lines {len(fund)} ({fund[0]}), summary {summ}, 评分明细 {len(rows)} rows, "
          f"合计 {tot}, grade {grade_}")


if __name__ == "__main__":
    check269()
    check270()
    check271()
    check272()
    check273()
    import shutil
    for d in TEMPS:
        shutil.rmtree(d, ignore_errors=True)
    print("PROBLEMS:" if PROBLEMS else "all readings equal the gold", *PROBLEMS, sep="\n  ")
