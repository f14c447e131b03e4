#!/usr/bin/python3
"""Round 46's independent check: re-reads h284–h288 with readers written for the check (nothing of reports46.py is
imported or reused) and compares what they read with gold/<stem>.json.
    /usr/bin/python3 corpus-heldout/src/check46.py
Readers: h284 zipfile + lxml on the PresentationML parts (slide order from presentation.xml's sldIdLst, a:tbl with
gridSpan / rowSpan / hMerge / vMerge resolved to a grid, header rows dropped after the first slide, notes read apart);
h285 pikepdf on the catalog's /Names /EmbeddedFiles tree and page 1's /FileAttachment annotation, the attached XLSX read
by zipfile + lxml (shared or inline strings, merged ranges, number formats by their codes), `pdftotext` on the letter;
h286 a ruled-PDF cell reader (rectangles from the content stream by pikepdf, words from `pdftotext -bbox`) on pages
2–5, the halves joined by 序号, `pdftotext -layout` on page 1; h287 lxml on word/document.xml placing every cell by
GRID COLUMN (w:gridBefore, w:gridSpan, legacy w:hMerge continue, w:vMerge continue), plus LibreOffice → PDF → text;
h288 lxml.html on the nested lists (ol > li > ul > li > ul > li) and the budget table.
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


def compare_rows(tag, rows, g):
    gi = g["indicators"]
    same(f"{tag} row count", len(rows), len(gi))
    for r, x in zip(rows, gi):
        want = (x["level1"], x["level2"], x["level3"], x["target"], x["actual"], num(x["weight"]), num(x["score"]))
        got = tuple(None if v in ("", None) else v for v in r[:5]) + (num(r[5]), num(r[6]))
        same(f"{tag} row {x['level3']}", got, want)


def budget_of(g):
    b = g["budget"]
    return (b["initialBudget"], b["adjustedBudget"], b["expenditure"], f"{b['executionRate']:.2f}%")


# ------------------------------------------------------------ h284 (PPTX)

A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
PN = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
RN = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PR = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def pptx_slides(path):
    from lxml import etree
    z = zipfile.ZipFile(path)
    pres = etree.fromstring(z.read("ppt/presentation.xml"))
    rels = {r.get("Id"): r.get("Target") for r in etree.fromstring(z.read("ppt/_rels/presentation.xml.rels"))}
    out = []
    for sid in pres.find(PN + "sldIdLst"):
        name = "ppt/" + rels[sid.get(RN + "id")]
        root = etree.fromstring(z.read(name))
        title, texts, tables = "", [], []
        for sp in root.iter(PN + "sp"):
            ph = sp.find(f"{PN}nvSpPr/{PN}nvPr/{PN}ph")
            paras = ["".join(t.text or "" for t in p.iter(A + "t")) for p in sp.iter(A + "p")]
            if ph is not None and ph.get("type") in ("title", "ctrTitle"):
                title = "".join(paras)
            else:
                texts += [p for p in paras if p]
        for tbl in root.iter(A + "tbl"):
            grid = []
            for tr in tbl.findall(A + "tr"):
                row = []
                for k, tc in enumerate(tr.findall(A + "tc")):
                    own = "\n".join("".join(t.text or "" for t in p.iter(A + "t")) for p in tc.iter(A + "p")).strip()
                    if tc.get("vMerge") == "1":
                        own = grid[-1][k]
                    elif tc.get("hMerge") == "1":
                        own = row[k - 1]
                    row.append(own)
                grid.append(row)
            tables.append(grid)
        srels = etree.fromstring(z.read(name.replace("slides/", "slides/_rels/") + ".rels"))
        notes = ""
        for r in srels:
            if r.get("Type").endswith("/notesSlide"):
                nname = os.path.normpath(os.path.join("ppt/slides", r.get("Target")))
                nroot = etree.fromstring(z.read(nname))
                for sp in nroot.iter(PN + "sp"):
                    ph = sp.find(f"{PN}nvSpPr/{PN}nvPr/{PN}ph")
                    if ph is not None and ph.get("type") == "body":
                        notes = "\n".join("".join(t.text or "" for t in p.iter(A + "t")) for p in sp.iter(A + "p"))
        out.append({"title": title, "texts": texts, "tables": tables, "notes": notes})
    return out


def check284():
    stem = "h284_suqian_shengtai"
    g = gold(stem)
    slides = pptx_slides(os.path.join(OUT, stem + ".pptx"))
    rows, tot, grade_ = [], None, None
    for s in slides:
        if not s["title"].startswith("三、部门整体支出绩效自评表"):
            continue
        t = s["tables"][0]
        same(f"h284 header on {s['title']}", t[0][:3], ["一级指标", "二级指标", "三级指标"])
        for r in t[1:]:
            if r[0] == "合计":
                tot = r
            elif r[0] == "自评等级":
                grade_ = r[5]
            else:
                rows.append((r[0], r[1], r[2], r[3], r[4], r[5], r[6]))
    compare_rows("h284", rows, g)
    same("h284 合计", (num(tot[5]), num(tot[6])), (g["maxScore"], g["totalScore"]))
    same("h284 自评等级", grade_, g["grade"])
    concl = next(s for s in slides if s["title"] == "四、自评结论")
    summ = concl["tables"][0]
    secs = [{"name": r[0], "weight": num(r[1]), "score": num(r[2])} for r in summ[1:] if r[0] != "合计"]
    same("h284 sections", secs, g["sections"])
    m = re.search(r"自评得分([\d.]+)分，自评等级为“(.)”", "".join(concl["texts"]))
    same("h284 结论", (num(m.group(1)), m.group(2)), (g["totalScore"], g["grade"]))
    bud = "".join(slides[1]["texts"])
    f = lambda k: [num(x) for x in re.search(k + r"([\d,.]+)万元，其中基本支出([\d,.]+)万元、项目支出([\d,.]+)万元", bud).groups()]  # noqa
    ini, adj, exe = f("年初预算数"), f("全年预算数"), f("全年执行数")
    rate = re.search(r"预算执行率([\d.]+%)", bud).group(1)
    b = g["budget"]
    same("h284 budget", (ini[0], adj[0], exe[0], rate, adj[1], exe[1], adj[2], exe[2]),
         budget_of(g) + (b["basicBudget"], b["basicExpenditure"], b["projectBudget"], b["projectExpenditure"]))
    nn = sum(1 for s in slides if s["notes"])
    print(f"h284: {len(slides)} slides ({nn} with notes), {len(rows)} rows from {sum(1 for s in slides if s['title'].startswith('三、'))}"
          f" table slides, 合计 {tot[5]} | {tot[6]}, 等级 {grade_}; summary {[(r[0], r[2], r[3]) for r in summ[1:]]}; "
          f"执行 {exe[0]} vs parts {round(exe[1] + exe[2], 2)}; rate {rate}")
    for i, s in enumerate(slides, 1):
        print(f"   notes {i}: {s['notes'][:70].replace(chr(10), ' ')}…")


# ------------------------------------------------------------ h285 (PDF letter + embedded XLSX)

S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def xlsx_cells(data):
    import io
    from lxml import etree
    z = zipfile.ZipFile(io.BytesIO(data))
    sst = []
    if "xl/sharedStrings.xml" in z.namelist():
        sst = ["".join(t.text or "" for t in si.iter(S + "t")) for si in
               etree.fromstring(z.read("xl/sharedStrings.xml")).findall(S + "si")]
    st = etree.fromstring(z.read("xl/styles.xml"))
    fmts = {int(n.get("numFmtId")): n.get("formatCode") for n in st.iter(S + "numFmt")}
    builtin = {0: "General", 1: "0", 2: "0.00", 4: "#,##0.00", 10: "0.00%"}
    xfs = [int(x.get("numFmtId")) for x in st.find(S + "cellXfs").findall(S + "xf")]
    sh = etree.fromstring(z.read("xl/worksheets/sheet1.xml"))

    def rc(ref):
        m = re.fullmatch(r"([A-Z]+)(\d+)", ref)
        col = 0
        for ch in m.group(1):
            col = col * 26 + ord(ch) - 64
        return int(m.group(2)), col
    cells = {}
    for c in sh.iter(S + "c"):
        r, k = rc(c.get("r"))
        v = c.find(S + "v")
        if c.get("t") == "inlineStr":
            cells[(r, k)] = "".join(t.text or "" for t in c.iter(S + "t"))
        elif v is None:
            continue
        elif c.get("t") == "s":
            cells[(r, k)] = sst[int(v.text)]
        elif c.get("t") == "str":
            cells[(r, k)] = v.text
        else:
            fid = xfs[int(c.get("s", 0))]
            code = fmts.get(fid, builtin.get(fid, "General"))
            x = float(v.text)
            cells[(r, k)] = (f"{x * 100:.2f}%" if code.endswith("%") else f"{x:,.2f}" if code == "#,##0.00" else
                             f"{x:.2f}" if code == "0.00" else f"{x:.0f}" if code == "0" else
                             ("%d" % x if x.is_integer() else repr(x)))
    for m in sh.iter(S + "mergeCell"):
        a, b = m.get("ref").split(":")
        (r1, c1), (r2, c2) = rc(a), rc(b)
        for r in range(r1, r2 + 1):
            for k in range(c1, c2 + 1):
                if (r, k) != (r1, c1):
                    cells[(r, k)] = cells.get((r1, c1), "")
    nr = max(r for r, _ in cells)
    nc = max(k for _, k in cells)
    return [[cells.get((r, k), "") for k in range(1, nc + 1)] for r in range(1, nr + 1)]


def check285():
    import pikepdf
    stem = "h285_jiangshan_weijian"
    g = gold(stem)
    path = os.path.join(OUT, stem + ".pdf")
    pdf = pikepdf.open(path)
    names = pdf.Root.Names.EmbeddedFiles.Names
    same("h285 name tree entries", len(names), 2)
    key, spec = str(names[0]), names[1]
    annots = [a for a in pdf.pages[0].get("/Annots", []) if a.get("/Subtype") == "/FileAttachment"]
    same("h285 FileAttachment annotations on page 1", len(annots), 1)
    same("h285 annotation's file spec = the name tree's", annots[0].FS.objgen, spec.objgen)
    same("h285 /UF", str(spec.UF), key)
    data = spec.EF.F.read_bytes()
    same("h285 /Params /Size", int(spec.EF.F.Params.Size), len(data))
    grid = xlsx_cells(data)
    fund = next(r for r in grid if r[1] == "年度资金总额")
    h = next(i for i, r in enumerate(grid) if r[1] == "一级指标")
    rows = [(None, None, "年度资金总额", None, fund[7], fund[6], fund[8])]
    i = h + 1
    while grid[i][0] != "总分":
        r = grid[i]
        rows.append((r[1], r[2], r[3], r[4], r[5], r[6], r[7]))
        i += 1
    compare_rows("h285", rows, g)
    same("h285 总分", (num(grid[i][6]), num(grid[i][7]), grid[i][8]), (g["maxScore"], g["totalScore"],
                                                                      "自评等级：" + g["grade"]))
    same("h285 fund", (num(fund[3]), num(fund[4]), num(fund[5]), fund[7]), budget_of(g))
    others = [r for r in grid if r[1].strip("　").startswith("其他资金")][0]
    goal_row = next(r for r in grid if r[0] == "年度总体目标" and r[1] != "预期目标")
    labels = re.findall(r"目标[一二三四五]", goal_row[1]), re.findall(r"目标[一二三四五]", goal_row[5])
    text = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
    flat = text.replace("\n", "")
    letter = re.search(r"年初预算([\d,.]+)万元.*?全年预算([\d,.]+)万元.*?实际支出([\d,.]+)万元.*?预算执行率([\d.]+)%", flat)
    score = re.search(r"自评得分([\d.]+)分", flat).group(1)
    same("h285 letter's score", num(score), g["totalScore"])
    hbp = re.search(r"高血压患者规范管理([\d,]+)人", flat).group(1)
    print(f"h285: attachment “{key}” ({len(data)} bytes, /F {spec.F}); fund line + {len(rows) - 1} rows, 总分 "
          f"{grid[i][6]} | {grid[i][7]} | {grid[i][8]}; 其他资金 {others[3:9]}; goal labels {labels}; letter: "
          f"{letter.groups()} (attachment {fund[3:6]} {fund[7]}), 得分 {score}, 高血压 {hbp}")


# ------------------------------------------------------------ h286 (PDF, wide table tiled down then over)

def pdf_cells(path, page_no):
    import pikepdf
    from lxml import etree
    pdf = pikepdf.open(path)
    page = pdf.pages[page_no - 1]
    Hh = float(page.MediaBox[3])
    rects = []
    for operands, op in pikepdf.parse_content_stream(page):
        if str(op) == "re":
            x, y, w, h = (float(v) for v in operands)
            rects.append((x, Hh - (y + h), x + w, Hh - y))
    xml = subprocess.run(["pdftotext", "-bbox", "-f", str(page_no), "-l", str(page_no), path, "-"],
                         capture_output=True).stdout
    cells, loose = {}, []
    for w in etree.fromstring(xml.replace(b'xmlns="http://www.w3.org/1999/xhtml"', b"")).iter("word"):
        x0, y0, x1, y1 = (float(w.get(k)) for k in ("xMin", "yMin", "xMax", "yMax"))
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        inside = [r for r in rects if r[0] <= cx <= r[2] and r[1] <= cy <= r[3]]
        if inside:
            r = min(inside, key=lambda q: (q[2] - q[0]) * (q[3] - q[1]))
            cells.setdefault(r, []).append((round(y0), x0, w.text))
        else:
            loose.append(w.text)
    for r in rects:
        cells.setdefault(r, [])
    return [(r, "".join(t for _, _, t in sorted(ws))) for r, ws in cells.items()], "".join(loose)


def at(cells, x, y):
    for r, t in cells:
        if r[0] <= x <= r[2] and r[1] <= y <= r[3]:
            return t
    return ""


def sheet_page(path, page_no):
    cells, loose = pdf_cells(path, page_no)
    head = sorted((r for r, t in cells if t == "序号"), key=lambda q: q[1])[0]
    hdr = sorted(((r, t) for r, t in cells if abs(r[1] - head[1]) < 0.5), key=lambda q: q[0][0])
    cols = [((r[0] + r[2]) / 2, t) for r, t in hdr]
    lines = sorted((r for r, t in cells if abs(r[0] - head[0]) < 0.5 and r[1] >= head[3] - 0.5), key=lambda q: q[1])
    out = []
    for r in lines:
        cy = (r[1] + r[3]) / 2
        out.append({t: at(cells, x, cy) for x, t in cols})
    return [t for _, t in cols], out, loose


def check286():
    stem = "h286_zhoukou_shuili"
    g = gold(stem)
    path = os.path.join(OUT, stem + ".pdf")
    left, right, heads = {}, {}, []
    for pg in (2, 3, 4, 5):
        names, lines, loose = sheet_page(path, pg)
        heads.append((pg, names[1], re.search(r"第\s*(\d)\s*页", loose).group(1)))
        target = left if "一级指标" in names else right
        for ln in lines:
            target[ln["序号"]] = ln
    keys = [k for k in left if k.isdigit()]
    same("h286 序号 on both halves", sorted(keys, key=int), sorted([k for k in right if k.isdigit()], key=int))
    rows = []
    for k in sorted(keys, key=int):
        a, b = left[k], right[k]
        rows.append((a["一级指标"], a["二级指标"], a["三级指标"], a["年度指标值"], b["实际完成值"], b["分值"], b["得分"]))
    compare_rows("h286", rows, g)
    same("h286 合计", (num(right["合计"]["分值"]), num(right["合计"]["得分"])), (g["maxScore"], g["totalScore"]))
    same("h286 自评等级", left["自评等级"]["一级指标"], g["grade"])
    text = subprocess.run(["pdftotext", "-layout", "-f", "1", "-l", "1", path, "-"], capture_output=True, text=True).stdout
    m = re.search(r"合计\s+([\d,.]+)\s+([\d,.]+)\s+([\d,.]+)\s+([\d.]+%)", text)
    bb = re.search(r"基本支出\s+([\d,.]+)\s+([\d,.]+)\s+([\d,.]+)", text)
    pp = re.search(r"项目支出\s+([\d,.]+)\s+([\d,.]+)\s+([\d,.]+)", text)
    b = g["budget"]
    same("h286 budget", tuple(num(x) for x in m.groups()[:3]) + (m.group(4), num(bb.group(2)), num(bb.group(3)),
                                                                 num(pp.group(2)), num(pp.group(3))),
         budget_of(g) + (b["basicBudget"], b["basicExpenditure"], b["projectBudget"], b["projectExpenditure"]))
    tot = re.search(r"自评得分([\d.]+)分", text.replace("\n", "").replace(" ", ""))
    same("h286 prose total", num(tot.group(1)), g["totalScore"])
    print(f"h286: PDF pages 2–5 = (page, first column after 序号, header's 第 N 页) {heads}; {len(rows)} rows joined by "
          f"序号; 合计 {right['合计']['分值']} | {right['合计']['得分']}; 自评等级 {left['自评等级']['一级指标']}; budget "
          f"{m.groups()}; row 11 {rows[10]}; row 16 {rows[15]} / {right['16']['偏差原因分析']}")


# ------------------------------------------------------------ h287 (DOCX, irregular grid)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def wval(el, tag, default=None):
    x = el.find(W + tag) if el is not None else None
    if x is None:
        return default
    return x.get(W + "val", "continue")


def docx_grid_table(tbl):
    """every cell placed at its grid column: gridBefore skips columns, gridSpan widens, a legacy hMerge continue cell
    and a vMerge continue cell take the text of the cell they continue"""
    ncols = len(tbl.find(W + "tblGrid").findall(W + "gridCol"))
    grid, naive = [], []
    for tr in tbl.findall(W + "tr"):
        trpr = tr.find(W + "trPr")
        col = int(wval(trpr, "gridBefore", 0) or 0)
        row = [None] * ncols
        texts = []
        for tc in tr.findall(W + "tc"):
            pr = tc.find(W + "tcPr")
            span = int(wval(pr, "gridSpan", 1) or 1)
            text = "\n".join("".join(t.text or "" for t in p.iter(W + "t")) for p in tc.findall(W + "p")).strip()
            texts.append(text)
            hm, vm = wval(pr, "hMerge"), wval(pr, "vMerge")
            if hm == "continue":
                text = row[col - 1]
            elif vm == "continue":
                text = grid[-1][col]
            for k in range(col, col + span):
                row[k] = text
            col += span
        after = int(wval(trpr, "gridAfter", 0) or 0)
        assert col + after == ncols, (col, after, ncols)
        grid.append(row)
        naive.append(texts)
    return ncols, grid, naive


def check287():
    from lxml import etree
    stem = "h287_yuanling_linye"
    g = gold(stem)
    path = os.path.join(OUT, stem + ".docx")
    root = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    tbls = root.iter(W + "tbl")
    t1 = next(tbls)
    fund = ["".join(t.text or "" for t in tc.iter(W + "t")) for tc in t1.findall(W + "tr")[1].findall(W + "tc")]
    same("h287 表1 合计", (num(fund[1]), num(fund[2]), num(fund[3]), fund[4]), budget_of(g))
    t2 = next(tbls)
    ncols, grid, naive = docx_grid_table(t2)
    hdr = grid[0]
    col = {h: hdr.index(h) for h in ["一级指标", "二级指标", "三级指标", "分值", "指标值", "实际完成值", "得分"]}
    rows, i = [], 1
    while grid[i][col["一级指标"]] != "合计":
        r = grid[i]
        rows.append(tuple(r[col[h]] for h in ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分"]))
        i += 1
    compare_rows("h287", rows, g)
    same("h287 合计", (num(grid[i][col["分值"]]), num(grid[i][col["得分"]])), (g["maxScore"], g["totalScore"]))
    same("h287 评价等级", grid[i + 1][col["分值"]], g["grade"])
    shifted = sum(1 for r in naive[1:i] if len(r) > 6 and r[6] != grid[naive.index(r)][col["得分"]])
    before = [tr.find(W + "trPr").find(W + "gridBefore") is not None for tr in t2.findall(W + "tr")]
    hm = len(t2.findall(f".//{W}hMerge"))
    text = " ".join(t.text or "" for t in root.iter(W + "t"))
    m = re.search(r"综合评价得分([\d.]+)分，评价等级为“(.)”", text.replace(" ", ""))
    same("h287 评价结论", (num(m.group(1)), m.group(2)), (g["totalScore"], g["grade"]))
    print(f"h287: grid of {ncols} columns; {sum(before)} of {len(before)} rows with gridBefore, {hm} hMerge cells; "
          f"{len(rows)} rows, 合计 {grid[i][col['分值']]} | {grid[i][col['得分']]}, 评价等级 {grid[i + 1][col['分值']]}; "
          f"rows whose 7th cell (counting cells, not grid columns) is not the 得分: {shifted}")
    lo = shutil.which("soffice")
    if lo:
        work = tempfile.mkdtemp(prefix="check46_")
        try:
            subprocess.run([lo, f"-env:UserInstallation=file://{work}/profile", "--headless", "--convert-to", "pdf",
                            "--outdir", work, path], capture_output=True, timeout=240)
            pdfp = os.path.join(work, stem + ".pdf")
            txt = subprocess.run(["pdftotext", "-layout", pdfp, "-"], capture_output=True, text=True).stdout
            missing = [x["level3"] for x in g["indicators"] if x["level3"][:6] not in txt]
            same("h287 LibreOffice shows every 三级 name", missing, [])
            got = re.findall(r"合计\s+100\s+([\d.]+)", txt)
            pages = re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdfp], capture_output=True,
                                                                    text=True).stdout).group(1)
            print(f"   LibreOffice → PDF: {pages} pages, every 三级 name shown, 合计 line {got}")
        finally:
            shutil.rmtree(work, ignore_errors=True)


# ------------------------------------------------------------ h288 (HTML, nested lists)

def check288():
    import lxml.html
    stem = "h288_jincheng_chengguan"
    g = gold(stem)
    raw = open(os.path.join(OUT, stem + ".html"), "rb").read()
    same("h288 charset meta", b'<meta charset="utf-8">' in raw, True)
    doc = lxml.html.fromstring(raw.decode("utf-8"))
    zoom = doc.get_element_by_id("zoom")
    same("h288 tables in the article", len(zoom.findall(".//table")), 1)
    ol = zoom.find(".//ol")
    item = re.compile(r"^(.*?)[：:，]指标值[：:]?(.*?)[；，]实际完成值[：:]?(.*?)[；，]分值[：:]?([\d.]+)分[；，]得分[：:]?([\d.]+)分")
    rows, secs = [], []
    for li1 in ol.findall("li"):
        head = li1.find("span").text_content()
        m = re.fullmatch(r"[一二三四五]、(.+?)（分值([\d.]+)分，得分([\d.]+)分）", head)
        l1 = m.group(1)
        secs.append({"name": l1, "weight": num(m.group(2)), "score": num(m.group(3))})
        for li2 in li1.find("ul").findall("li"):
            l2 = re.sub(r"^（[一二三四五六]）", "", li2.find("span").text_content())
            for li3 in li2.find("ul").findall("li"):
                x = item.match(li3.text_content().strip())
                rows.append((l1, l2) + x.groups())
    compare_rows("h288", rows, g)
    same("h288 sections", secs, g["sections"])
    text = zoom.text_content()
    tot = re.search(r"自评总分([\d.]+)分，自评等级为“(.)”", text)
    same("h288 总分", (num(tot.group(1)), tot.group(2)), (g["totalScore"], g["grade"]))
    trs = [[td.text_content().strip() for td in tr] for tr in zoom.find(".//table").findall(".//tr")]
    bl = {r[0]: r for r in trs[1:]}
    b = g["budget"]
    same("h288 budget", (num(bl["合计"][1]), num(bl["合计"][2]), num(bl["合计"][3]), bl["合计"][4], num(bl["基本支出"][2]),
                         num(bl["基本支出"][3]), num(bl["项目支出"][2]), num(bl["项目支出"][3])),
         budget_of(g) + (b["basicBudget"], b["basicExpenditure"], b["projectBudget"], b["projectExpenditure"]))
    formula = re.search(r"预算执行率＝[^。]*", text).group(0)
    print(f"h288: {len(rows)} 三级 items under {len(secs)} 一级 / "
          f"{sum(len(li.find('ul').findall('li')) for li in ol.findall('li'))} 二级 items; sections {[(s['name'], s['score']) for s in secs]}; "
          f"总分 {tot.group(1)}; budget 合计 {bl['合计'][1:]}; prose: {formula}")


def main():
    for f in (check284, check285, check286, check287, check288):
        f()
    print("PROBLEMS:" if PROBLEMS else "all five read = gold")
    for p in PROBLEMS:
        print("  ", p)
    sys.exit(1 if PROBLEMS else 0)


if __name__ == "__main__":
    main()
