#!/usr/bin/python3
"""Round 50's independent check: re-reads h304–h308 with readers written for the check (nothing of reports50.py is
imported; check47 gives only the comparison helpers same / num / gold / compare_rows) and compares what they read with
gold/<stem>.json.
    /usr/bin/python3 corpus-heldout/src/check50.py [h304 …]
Readers: h304 the bytes (two %%EOF, two xref sections, the second trailer's /Prev → the first xref, the page object
defined twice), then pikepdf (which follows the update) for the page's CURRENT content stream: its `re` rectangles are
the cells, the words of `pdftotext -bbox` (poppler follows the update too) are placed in them, rows built by column
under the header cells; the same reader on the first revision alone (the bytes up to the first %%EOF) gives the old
figures, and the two revisions are compared cell by cell. h305 lxml.html on the saved WeChat page: div#js_content (its
inline style), a cell's or paragraph's leaf spans joined with nothing between, rowspan / colspan resolved; the prose's
worked formula and visitor figure by regular expression; Chromium's rendering of the page as saved and with the
visibility style removed, read by pdftotext. h306 lxml on the UOF XML (字:段落 / 字:文字表 / 字:行 / 字:单元格, 字:跨列
expanded, blank 一级 / 二级 filled down), then LibreOffice's own UOF import (.uot → .docx, python-docx). h307 lxml on the
pkg:package (the /word/document.xml part's w:tbl, gridSpan / vMerge resolved), then the parts zipped into a DOCX by this
script ([Content_Types].xml from each part's pkg:contentType) and read by python-docx; LibreOffice 7.4 opening the .xml
as plain text. h308 lxml.html on the saved form page: a cell's content is its text plus the value of every visible
`<input>`, the text of a `<textarea>` and the `<option selected>` of a `<select>` (hidden inputs and placeholders not);
a text-only reading of the same cells; Chromium's rendering read by pdftotext.
"""
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import check47 as C  # noqa: E402  (its comparison helpers only)

OUT = C.OUT
same, num, gold = C.same, C.num, C.gold
TMP = tempfile.mkdtemp(prefix="check50_")
LO = "file:///tmp/check50_lo"


def soffice(path, target):
    """LibreOffice's conversion of a copy of path; returns the converted file's path"""
    work = tempfile.mkdtemp(dir=TMP)
    src = os.path.join(work, os.path.basename(path))
    shutil.copy(path, src)
    subprocess.run(["soffice", f"-env:UserInstallation={LO}", "--headless", "--convert-to", target, "--outdir", work,
                    src], capture_output=True, timeout=180)
    stem = os.path.splitext(os.path.basename(path))[0]
    out = os.path.join(work, f"{stem}.{target.split(':')[0]}")
    if not os.path.exists(out):
        raise SystemExit(f"LibreOffice did not convert {path} to {target}")
    return out


def chromium_text(html_path):
    """Chromium's print of a local page, as pdftotext reads it ('' when Chromium is not there)"""
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if not exe:
        return None
    pdf = os.path.join(tempfile.mkdtemp(dir=TMP), "page.pdf")
    subprocess.run([exe, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf}", "file://" + html_path], capture_output=True, timeout=180)
    if not os.path.exists(pdf):
        return None
    return subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout


def fval(s):
    return float(str(s).replace(",", "").replace("%", "").strip())


def rows_by_header(grid, header_row, names, stop):
    """indicator tuples from a grid (list of lists of texts): the columns named in header_row, rows below it until
    a row whose first cell starts with one of stop"""
    head = grid[header_row]
    idx = [head.index(n) for n in names]
    out = []
    for r in grid[header_row + 1:]:
        if r[0].startswith(stop):
            break
        out.append(tuple(r[k] for k in idx))
    return out


def fill_down(rows, cols=(0, 1)):
    prev = {}
    out = []
    for r in rows:
        r = list(r)
        for k in cols:
            if r[k]:
                prev[k] = r[k]
            else:
                r[k] = prev.get(k, "")
        out.append(tuple(r))
    return out


# ------------------------------------------------------------ h304 (PDF with an incremental update)

def pdf_cells(path):
    """(cells, words) of page 1: cells = [x0, y0, x1, y1] rectangles of the current content stream (top-left origin),
    words from pdftotext -bbox; returns cells with their text"""
    import pikepdf
    from lxml import etree
    pdf = pikepdf.open(path)
    page = pdf.pages[0]
    height = float(page.MediaBox[3])
    ctm = None
    rects = []
    for operands, op in pikepdf.parse_content_stream(page):
        if str(op) == "cm":
            ctm = [float(v) for v in operands]
        elif str(op) == "re":
            x, y, w, h = (float(v) for v in operands)
            rects.append((x, height - (y + h), x + w, height - y))
    assert ctm in (None, [1, 0, 0, 1, 0, 0]), ctm
    pdf.close()
    xml = subprocess.run(["pdftotext", "-bbox", path, "-"], capture_output=True).stdout
    root = etree.fromstring(re.sub(rb"<!DOCTYPE[^>]*>", b"", xml))
    words = []
    for w in root.iter("{http://www.w3.org/1999/xhtml}word"):
        box = tuple(float(w.get(k)) for k in ("xMin", "yMin", "xMax", "yMax"))
        if not any(t == w.text and abs(b[0] - box[0]) < 1 and abs(b[1] - box[1]) < 1 for t, b in words):
            words.append((w.text, box))
    cells = []
    for r in sorted(set(rects), key=lambda r: (round(r[1]), r[0])):
        inside = [(t, b) for t, b in words
                  if r[0] <= (b[0] + b[2]) / 2 <= r[2] and r[1] <= (b[1] + b[3]) / 2 <= r[3]]
        inside.sort(key=lambda tb: (round(tb[1][1]), tb[1][0]))
        cells.append((r, "".join(t for t, _ in inside)))
    return cells, words


def cell_at(cells, x, y):
    hits = [(r, t) for r, t in cells if r[0] < x < r[2] and r[1] < y < r[3]]
    hits.sort(key=lambda rt: (rt[0][2] - rt[0][0]) * (rt[0][3] - rt[0][1]))
    return hits[0][1] if hits else None


def read304(path):
    """the form's figures as a dict: fund lines, goals, indicator rows, 总分 line, 填报日期"""
    cells, words = pdf_cells(path)

    def find(text):
        return [r for r, t in cells if t == text]
    out = {}
    # fund block: the header cells give the columns, the line labels the rows
    cols = {h: find(h)[0] for h in ("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")}
    for lab in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
        r = find(lab)[0]
        y = (r[1] + r[3]) / 2
        out[lab] = tuple(cell_at(cells, (c[0] + c[2]) / 2, y) for c in cols.values())
    yq, sj = find("预期目标")[0], find("实际完成情况")[0]
    out["goals"] = (cell_at(cells, (yq[0] + yq[2]) / 2, yq[3] + 5), cell_at(cells, (sj[0] + sj[2]) / 2, sj[3] + 5))
    names = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    l3y = find("三级指标")[0][1]
    heads = {n: min(find(n), key=lambda r: abs(r[1] - l3y)) for n in names}
    total = find("总分")[0]
    l3 = heads["三级指标"]
    rows = []
    for r, t in sorted(cells, key=lambda rt: rt[0][1]):
        if abs(r[0] - l3[0]) < 0.5 and abs(r[2] - l3[2]) < 0.5 and l3[3] - 0.5 < r[1] and r[3] < total[1] + 0.5:
            y = (r[1] + r[3]) / 2
            rows.append(tuple(cell_at(cells, (heads[n][0] + heads[n][2]) / 2, y) for n in names))
    out["rows"] = rows
    y = (total[1] + total[3]) / 2
    out["总分"] = tuple(cell_at(cells, (heads[n][0] + heads[n][2]) / 2, y)
                      for n in ("分值", "得分", "偏差原因分析及改进措施"))
    line = next(t for t, b in words if t.startswith("填报日期"))
    out["date"] = line
    return out


def check304():
    import pikepdf
    stem = "h304_sanmenxia_shuili"
    g = gold(stem)
    path = os.path.join(OUT, stem + ".pdf")
    data = open(path, "rb").read()
    eofs = [m.end() for m in re.finditer(rb"%%EOF\r?\n?", data)]
    xrefs = [int(x) for x in re.findall(rb"startxref\s+(\d+)", data)]
    same("h304 revisions (%%EOF, startxref)", (len(eofs), len(xrefs)), (2, 2))
    same("h304 xref sections at the startxref offsets", [data[x:x + 4] for x in xrefs], [b"xref", b"xref"])
    last_trailer = data[data.rindex(b"trailer"):]
    prev = int(re.search(rb"/Prev (\d+)", last_trailer).group(1))
    same("h304 second trailer /Prev = first xref", prev, xrefs[0])
    pdf = pikepdf.open(path)
    page_num = pdf.pages[0].objgen[0]
    defs = [m.start() for m in re.finditer(rb"\n%d 0 obj\b" % page_num, data)]
    same("h304 page object defined in both revisions", (len(defs), defs[0] < eofs[0] < defs[1]), (2, True))
    contents = pdf.pages[0].obj.Contents.objgen[0]
    where = [m.start() for m in re.finditer(rb"(?<![0-9])%d 0 obj" % contents, data)]
    same("h304 current /Contents defined (once) in revision 2", (len(where), where[0] >= eofs[0]), (1, True))
    same("h304 qpdf check", pdf.check(), [])
    pdf.close()
    rev1 = os.path.join(TMP, "h304_rev1.pdf")
    with open(rev1, "wb") as f:
        f.write(data[:eofs[0]])
    now, old = read304(path), read304(rev1)
    b = g["budget"]
    fund = now["年度资金总额"]
    same("h304 年度资金总额 line", (fval(fund[0]), fval(fund[1]), fval(fund[2]), fund[3], fval(fund[4]), num(fund[5])),
         (b["initialBudget"], b["adjustedBudget"], b["expenditure"], "10", b["executionRate"],
          num(g["indicators"][0]["score"])))
    parts = [now[k] for k in ("其中：当年财政拨款", "上年结转资金", "其他资金")]
    for k in range(3):
        same(f"h304 其中 lines add up (column {k})", round(sum(fval(p[k]) for p in parts), 2),
             round(fval(fund[k]), 2))
    same("h304 其中 lines carry no 分值 / 得分", {(p[3], p[5]) for p in parts}, {("—", "—")})
    rate = round(fval(fund[2]) / fval(fund[1]) * 100 + 1e-9, 2)
    same("h304 执行率 = 执行 ÷ 全年", rate, b["executionRate"])
    same("h304 得分 vs 执行率 × 10 (planted BUDGET_ROW_SCORE)", (fval(fund[5]), round(rate / 10 + 1e-9, 2)), (8.93, 9.51))
    rows = [(None, None, "年度资金总额", None, fund[4], fund[3], fund[5])]
    rows += [r[:7] for r in fill_down(now["rows"])]
    C.compare_rows("h304", rows, g)
    same("h304 总分", (num(now["总分"][0]), num(now["总分"][1]), now["总分"][2].replace("自评等级：", "")),
         (g["maxScore"], g["totalScore"], g["grade"]))
    labels = re.findall(r"(目标\d)：", now["goals"][0])
    same("h304 预期目标 labels (planted GOAL_LABELS)", labels, ["目标1", "目标2", "目标2", "目标3"])
    same("h304 实际完成情况 labels", re.findall(r"(目标\d)：", now["goals"][1]), ["目标1", "目标2", "目标3", "目标4"])
    dams = next(r for r in now["rows"] if r[2].startswith("建设淤地坝"))
    same("h304 淤地坝 (planted TARGET_MISSED_FULL_MARKS)", (dams[3], dams[4], dams[5], dams[6], dams[7]),
         ("≥30", "28", "8", "8", ""))
    # the first revision: what a reader that stops at the first trailer sees
    diffs = []
    for key in now:
        if now[key] != old[key]:
            if key == "rows":
                diffs += [(a[2], a, b_) for a, b_ in zip(now[key], old[key]) if a != b_]
            else:
                diffs.append((key, now[key], old[key]))
    for d in diffs:
        print("h304 revision 2 vs 1:", d)
    same("h304 what revision 2 changed", sorted(str(d[0]) for d in diffs),
         sorted(["年度资金总额", "其中：当年财政拨款", "goals", "建设淤地坝（座）", "date"]))
    of = old["年度资金总额"]
    same("h304 revision 1 consistent", (of[2], of[4], of[5], round(fval(of[4]) / 10 + 1e-9, 2)),
         ("1,202.06", "89.27%", "8.93", 8.93))
    print(f"h304: {len(rows)} rows; 总分 {now['总分'][1]}; revision 1 (first trailer) has 全年执行数 {of[2]}, "
          f"执行率 {of[4]}; revision 2 {fund[2]}, {fund[4]}, 得分 {fund[5]}")


# ------------------------------------------------------------ HTML helpers (h305, h308)

def html_grid(table, text_of):
    """a <table> as a grid of cell texts (text_of(cell)), rowspan / colspan resolved (a spanned cell repeated)"""
    grid, pending = [], {}
    for tr in table.iter("tr"):
        row, col = [], 0
        cells = [c for c in tr if c.tag in ("td", "th")]
        k = 0
        while k < len(cells) or col in pending:
            if col in pending:
                text, left = pending[col]
                row.append(text)
                if left > 1:
                    pending[col] = (text, left - 1)
                else:
                    del pending[col]
                col += 1
                continue
            c = cells[k]
            k += 1
            text = text_of(c)
            cs, rs = int(c.get("colspan", 1)), int(c.get("rowspan", 1))
            for j in range(cs):
                row.append(text)
                if rs > 1:
                    pending[col + j] = (text, rs - 1)
            col += cs
        grid.append(row)
    return grid


def joined(el):
    """an element's text: its text nodes joined with nothing between (leaf spans), whitespace dropped"""
    return re.sub(r"\s+", "", "".join(el.itertext()))


# ------------------------------------------------------------ h305 (WeChat article)

def check305():
    import lxml.html
    stem = "h305_shapotou_wenlv"
    g = gold(stem)
    path = os.path.join(OUT, stem + ".html")
    raw = open(path, "rb").read()
    doc = lxml.html.fromstring(raw.decode("utf-8"))
    content = doc.get_element_by_id("js_content")
    same("h305 #js_content hidden by its inline style", "visibility: hidden" in content.get("style", ""), True)
    same("h305 publish_time empty, date in var ct", (joined(doc.get_element_by_id("publish_time")),
                                                   bool(re.search(rb'var ct = "(\d{10})"', raw))), ("", True))
    same("h305 images without src", {bool(i.get("src")) for i in content.iter("img")}, {False})
    split_leaves = [joined(s) for s in content.iter("span") if len(s.findall("span")) == 2
                    and all(x.get("leaf") is not None for x in s.findall("span"))]
    print("h305 figures split over two leaf spans:", split_leaves)
    tables = content.findall(".//table")
    same("h305 tables in the article", len(tables), 2)
    t1 = html_grid(tables[0], joined)
    secs = [(r[0], num(r[1]), num(r[2]), r[3]) for r in t1[1:] if r[0] != "合计"]
    same("h305 四's 一级 table (sections)", [(s[0], s[1], s[2]) for s in secs],
         [(s["name"], num(s["weight"]), num(s["score"])) for s in g["sections"]])
    bad = [(s[0], s[3], f"{s[2] / s[1] * 100 + 1e-9:.2f}%") for s in secs if s[3] != f"{s[2] / s[1] * 100 + 1e-9:.2f}%"]
    same("h305 得分率 mismatches (planted SCORE_RATE)", bad, [("过程", "98.21%", "98.12%")])
    hj = next(r for r in t1 if r[0] == "合计")
    same("h305 四's 合计", (num(hj[1]), num(hj[2]), hj[3]), (100, g["totalScore"], f"{g['totalScore']:.2f}%"))
    grid = html_grid(tables[1], joined)
    b = g["budget"]
    bl = {}
    for r in grid:
        if r[0] in ("合计", "其中：基本支出", "项目支出"):
            bl.setdefault(r[0], r)
    same("h305 budget 合计", tuple(bl["合计"][2:6]), (f"{b['initialBudget']:,.2f}", f"{b['adjustedBudget']:,.2f}",
                                                     f"{b['expenditure']:,.2f}", f"{b['executionRate']:.2f}%"))
    same("h305 budget parts", (fval(bl["其中：基本支出"][3]), fval(bl["其中：基本支出"][4]), fval(bl["项目支出"][3]),
                               fval(bl["项目支出"][4])),
         (b["basicBudget"], b["basicExpenditure"], b["projectBudget"], b["projectExpenditure"]))
    hr = next(i for i, r in enumerate(grid) if r[0] == "一级指标")
    rows = rows_by_header(grid, hr, ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
                          ("合计",))
    C.compare_rows("h305", rows, g)
    tot = next(r for r in grid if r[0] == "合计" and r[5] == "100")
    same("h305 自评表 合计", num(tot[6]), g["totalScore"])
    same("h305 自评等级", next(r for r in grid if r[0] == "自评等级")[5], g["grade"])
    prose = "".join(joined(p) for p in content.iter("p"))
    m = re.search(r"＝([\d,.]+)÷([\d,.]+)×100%＝([\d.]+)%", prose)
    same("h305 二's formula (planted FORMULA)", (m.group(3), f"{fval(m.group(1)) / fval(m.group(2)) * 100 + 1e-9:.2f}"),
         ("95.62", "95.26"))
    same("h305 二's figures = the budget block", [fval(x) for x in re.findall(r"全年执行数([\d,.]+)万元", prose)],
         [b["expenditure"]])
    tour = re.search(r"接待游客([\d,.]+)万人次", prose).group(1)
    row = next(r for r in rows if r[2].startswith("接待游客"))
    same("h305 visitors prose vs table (planted SAME_FIGURE_DIFFERS)", (tour, row[4]), ("1,086.4", "1068.4"))
    same("h305 四 total and grade in prose", bool(re.search(rf"得分{g['totalScore']}分，自评等级为“{g['grade']}”", prose)),
         True)
    seen = chromium_text(path)
    if seen is not None:
        shown = os.path.join(TMP, "h305_visible.html")
        with open(shown, "wb") as f:
            f.write(raw.replace(b'style="visibility: hidden;"', b""))
        seen2 = chromium_text(shown)
        print("h305 Chromium rendering read")
        same("h305 Chromium: page as saved hides the article, unhidden shows it",
             ("沙坡头文旅" in seen, "年初预算数" in seen, "年初预算数" in seen2, "1068.4" in seen2), (True, False, True, True))
    print(f"h305: {len(rows)} rows; 合计 {tot[6]}; sections {secs}")


# ------------------------------------------------------------ h306 (UOF text)

U = "{http://schemas.uof.org/cn/2003/uof}"
Z = "{http://schemas.uof.org/cn/2003/uof-wordproc}"


def uof_grid(tbl):
    grid = []
    for tr in tbl.findall(f"{Z}行"):
        row = []
        for tc in tr.findall(f"{Z}单元格"):
            span = tc.find(f"{Z}单元格属性/{Z}跨列")
            n = int(span.get(f"{Z}值")) if span is not None else 1
            text = "".join(t.text or "" for t in tc.iter(f"{Z}文本串"))
            row += [text] * n
        grid.append(row)
    return grid


def check306():
    from lxml import etree
    import docx
    stem = "h306_putuo_yuye"
    g = gold(stem)
    path = os.path.join(OUT, stem + ".uot")
    root = etree.parse(path).getroot()
    same("h306 root uof:UOF, mimetype", (root.tag, root.get(f"{U}mimetype"), root.get(f"{U}version")),
         (f"{U}UOF", "vnd.uof.text", "1.0"))
    body = root.find(f"{U}文字处理/{Z}主体")
    same("h306 vertical merges (字:跨行)", len(list(root.iter(f"{Z}跨行"))), 0)
    paras = ["".join(t.text or "" for t in p.iter(f"{Z}文本串")) for p in body.findall(f"{Z}段落")]
    tables = body.findall(f"{Z}文字表")
    same("h306 tables", len(tables), 2)
    same("h306 title", paras[0], f"{g['department']}{g['fiscalYear']}年度部门整体支出绩效自评表")
    t1, t2 = uof_grid(tables[0]), uof_grid(tables[1])
    b = g["budget"]

    def budget_rows(grid):
        d = {r[0].strip("　 "): r for r in grid}
        return (tuple(d["合计"][1:5]), fval(d["其中：基本支出"][2]), fval(d["其中：基本支出"][3]), fval(d["项目支出"][2]),
                fval(d["项目支出"][3]))
    want_budget = ((f"{b['initialBudget']:,.2f}", f"{b['adjustedBudget']:,.2f}", f"{b['expenditure']:,.2f}",
                    f"{b['executionRate']:.2f}%"), b["basicBudget"], b["basicExpenditure"], b["projectBudget"],
                   b["projectExpenditure"])

    def indicators(grid, tag):
        body_rows = [r for r in grid[1:] if not r[0].endswith("小计") and r[0] not in ("合计", "自评等级")]
        rows = fill_down(body_rows)
        C.compare_rows(tag, rows, g)
        subs = [(r[0][:-2], num(r[5]), num(r[6])) for r in grid if r[0].endswith("小计")]
        same(f"{tag} 小计 rows = gold sections", subs,
             [(s["name"], num(s["weight"]), num(s["score"])) for s in g["sections"]])
        for n, w, s in subs:
            mine = [x for x in rows if x[0] == n]
            rs = round(sum(num(x[6]) for x in mine), 2)
            if abs(rs - s) > 0.005:
                print(f"{tag} 小计 {n}: printed {s}, rows {rs}")
        hj = next(r for r in grid if r[0] == "合计")
        same(f"{tag} 合计", (num(hj[5]), num(hj[6])), (g["maxScore"], g["totalScore"]))
        same(f"{tag} 自评等级", next(r for r in grid if r[0] == "自评等级")[5], g["grade"])
        return rows
    same("h306 UOF budget", budget_rows(t1), want_budget)
    rows = indicators(t2, "h306 UOF")
    bad = [(n, round(sum(num(x[6]) for x in rows if x[0] == n), 2), s) for n, w, s in
           [(r[0][:-2], r[5], num(r[6])) for r in t2 if r[0].endswith("小计")]
           if abs(round(sum(num(x[6]) for x in rows if x[0] == n), 2) - s) > 0.005]
    same("h306 小计 mismatches (planted SECTION_VS_ROWS)", bad, [("效益", 23.9, 23.09)])
    pj = next(r for r in t1 if r[0].strip("　 ") == "项目支出")
    same("h306 项目支出 over budget (planted SPENDING_OVER_BUDGET)", fval(pj[3]) > fval(pj[2]), True)
    # LibreOffice's own UOF import
    d = docx.Document(soffice(path, "docx"))
    lt = [[c.text for c in r.cells] for r in d.tables[0].rows], [[c.text for c in r.cells] for r in d.tables[1].rows]
    same("h306 LibreOffice budget", budget_rows(lt[0]), want_budget)
    indicators(lt[1], "h306 LibreOffice")
    print(f"h306: {len(rows)} rows; 合计 {g['totalScore']}; paragraphs {len(paras)}")


# ------------------------------------------------------------ h307 (Word XML document, Flat OPC)

PKG = "{http://schemas.microsoft.com/office/2006/xmlPackage}"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_grid(tbl):
    """w:tbl as a grid of texts, gridSpan repeated, vMerge continue cells given the text of the cell above"""
    grid = []
    for tr in tbl.findall(f"{W}tr"):
        row = []
        for tc in tr.findall(f"{W}tc"):
            pr = tc.find(f"{W}tcPr")
            span, vm = 1, None
            if pr is not None:
                gs = pr.find(f"{W}gridSpan")
                span = int(gs.get(f"{W}val")) if gs is not None else 1
                v = pr.find(f"{W}vMerge")
                if v is not None:
                    vm = v.get(f"{W}val") or "continue"
            text = "\n".join("".join(t.text or "" for t in p.iter(f"{W}t")) for p in tc.findall(f"{W}p")).strip()
            for _ in range(span):
                row.append((text, vm))
        grid.append(row)
    out = []
    for i, row in enumerate(grid):
        r = []
        for k, (text, vm) in enumerate(row):
            r.append(out[i - 1][k] if vm == "continue" else text)
        out.append(r)
    return out


def check_grid307(grids, g, tag):
    info, money, sheet = grids
    same(f"{tag} 项目名称 / 主管 / 实施 / 评价机构", (info[0][1], info[1][1], info[1][3], info[2][1]),
         (g["project"], g["department"], g["implementingUnit"], g["evaluator"]))
    b = g["budget"]
    hj = money[1]
    same(f"{tag} 资金 合计", (fval(hj[1]), fval(hj[2]), fval(hj[3]), fval(hj[4])),
         (b["initialBudget"], b["adjustedBudget"], b["expenditure"], b["executionRate"]))
    for k in (1, 2, 3):
        same(f"{tag} 资金 parts add (column {k})", round(fval(money[2][k]) + fval(money[3][k]), 2), fval(hj[k]))
    head = sheet[0]
    rows = rows_by_header(sheet, 0, ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分"],
                          ("合计",))
    C.compare_rows(tag, rows, g)
    full = {r[head.index("三级指标")]: r for r in sheet[1:]}
    drill = full["开展防灭火演练（场次）"]
    short = fval(re.sub(r"[^\d.]", "", drill[head.index("指标值")])) - fval(drill[head.index("实际完成值")])
    same(f"{tag} 演练 rule score (planted RULE_SCORE)", (drill[head.index("评分标准")], num(drill[head.index("得分")]),
                                                      4 - short), ("完成目标得4分，每少1场扣1分", 3, 2))
    over = [(r[2], num(r[5]), num(r[6])) for r in rows if num(r[6]) > num(r[5])]
    same(f"{tag} scores over 分值 (planted ROW_SCORE_OVER_WEIGHT)", over, [("森林火灾受害率", 6, 6.5)])
    tot = next(r for r in sheet if r[0] == "合计")
    same(f"{tag} 合计", (num(tot[3]), num(tot[7])), (g["maxScore"], g["totalScore"]))
    grade_row = next(r for r in sheet if r[0] == "评价等级")
    same(f"{tag} 评价等级 (planted GRADE_OUTSIDE_BANDS: 良 by the bands)", (grade_row[3], num(tot[7]) >= 90),
         (g["grade"], False))
    return rows


def check307():
    from lxml import etree
    import docx
    stem = "h307_yaan_yingji"
    g = gold(stem)
    path = os.path.join(OUT, stem + ".xml")
    raw = open(path, "rb").read()
    same("h307 Word XML (mso-application, not ZIP)", (b'<?mso-application progid="Word.Document"?>' in raw[:200],
                                                      raw[:2] == b"PK"), (True, False))
    root = etree.fromstring(raw)
    same("h307 root", root.tag, f"{PKG}package")
    parts = {p.get(f"{PKG}name"): p for p in root.findall(f"{PKG}part")}
    print("h307 parts:", list(parts))
    document = parts["/word/document.xml"].find(f"{PKG}xmlData")[0]
    tables = document.findall(f".//{W}tbl")
    same("h307 tables", len(tables), 3)
    rows = check_grid307([docx_grid(t) for t in tables], g, "h307 pkg")
    # the parts zipped into a DOCX by this script, read by python-docx
    buf = io.BytesIO()
    types = []
    with zipfile.ZipFile(buf, "w") as z:
        for name, p in parts.items():
            xd = p.find(f"{PKG}xmlData")
            if xd is not None:
                z.writestr(name[1:], etree.tostring(xd[0], xml_declaration=True, encoding="UTF-8", standalone=True))
            else:
                import base64
                z.writestr(name[1:], base64.b64decode(p.find(f"{PKG}binaryData").text))
            types.append(f'<Override PartName="{name}" ContentType="{p.get(PKG + "contentType")}"/>')
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="'
                   'http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" '
                   'ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
                   'ContentType="application/xml"/>' + "".join(types) + "</Types>")
    d = docx.Document(io.BytesIO(buf.getvalue()))

    def pd_grid(t):
        out, seen = [], set()
        for r in t.rows:
            out.append([c.text.strip() for c in r.cells])
        return out
    check_grid307([pd_grid(t) for t in d.tables], g, "h307 python-docx")
    txt = open(soffice(path, "txt:Text (encoded):UTF8"), encoding="utf-8", errors="replace").read()
    same("h307 LibreOffice 7.4 opens it as plain text", ("<pkg:package" in txt, "绩效评价评分表</w:t>" in txt),
         (True, True))
    print(f"h307: {len(rows)} rows; 合计 {g['totalScore']}; 评价等级 {g['grade']}")


# ------------------------------------------------------------ h308 (form page saved as HTML)

def control_text(el):
    """what the browser shows in a cell: its text nodes, the value of visible inputs, textarea text, selected options"""
    out = []

    def walk(e):
        tag = e.tag if isinstance(e.tag, str) else ""
        if tag == "input":
            if e.get("type", "text") != "hidden":
                out.append(e.get("value", ""))
        elif tag == "textarea":
            out.append(e.text or "")
        elif tag == "select":
            out.extend(o.text or "" for o in e.iter("option") if o.get("selected") is not None)
        else:
            if e.text and tag:
                out.append(e.text)
            for c in e:
                walk(c)
                if c.tail:
                    out.append(c.tail)
    walk(el)
    return re.sub(r"\s+", "", "".join(out))


def check308():
    import lxml.html
    stem = "h308_keerqin_yibao"
    g = gold(stem)
    path = os.path.join(OUT, stem + ".html")
    doc = lxml.html.fromstring(open(path, "rb").read().decode("utf-8"))
    tables = doc.findall(".//table")
    same("h308 tables", len(tables), 4)
    head = html_grid(tables[0], control_text)
    same("h308 部门名称 / 年度", (head[0][1], head[0][5]), (g["department"], str(g["fiscalYear"])))
    b = g["budget"]
    bt = html_grid(tables[1], control_text)
    bl = {r[0]: r for r in bt}
    same("h308 budget 合计", tuple(bl["合计"][1:5]), (f"{b['initialBudget']:,.2f}", f"{b['adjustedBudget']:,.2f}",
                                                     f"{b['expenditure']:,.2f}", f"{b['executionRate']:.2f}%"))
    same("h308 budget parts", (fval(bl["其中：基本支出"][2]), fval(bl["其中：基本支出"][3]), fval(bl["项目支出"][2]),
                               fval(bl["项目支出"][3])),
         (b["basicBudget"], b["basicExpenditure"], b["projectBudget"], b["projectExpenditure"]))
    rate = round(fval(bl["合计"][3]) / fval(bl["合计"][2]) * 100 + 1e-9, 2)
    same("h308 合计 执行率 shown vs recomputed (planted EXECUTION_RATE)", (bl["合计"][4], rate), ("95.76%", 95.67))
    hidden = {i.get("name"): i.get("value") for i in doc.iter("input") if i.get("type") == "hidden"}
    print("h308 hidden inputs:", hidden)
    same("h308 hidden raw rate (not shown)", hidden.get("ys.hj.zxl_xt"), "0.9567")
    zt = html_grid(tables[2], control_text)
    rows = rows_by_header(zt, 0, ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
                          ("合计",))
    C.compare_rows("h308", rows, g)
    hj = next(r for r in zt if r[0] == "合计")
    weights = round(sum(num(r[5]) for r in rows), 2)
    scores = round(sum(num(r[6]) for r in rows), 2)
    same("h308 合计 shown", (num(hj[5]), num(hj[6])), (g["maxScore"], g["totalScore"]))
    same("h308 rows' 分值 / 得分 sums (planted WEIGHTS_VS_FULL_MARK, TOTAL_VS_ROWS)", (weights, scores), (98, 95.97))
    same("h308 自评等级 (selected option)", next(r for r in zt if r[0] == "自评等级")[5], g["grade"])
    text_only = html_grid(tables[2], joined)
    same("h308 a text-only reader sees empty 三级 / 得分 cells", {(r[2], r[6]) for r in text_only[1:] if r[0] not in
                                                               ("合计", "自评等级")}, {("", "")})
    placeholders = [t.get("placeholder") for t in doc.iter("textarea") if t.get("placeholder")]
    same("h308 placeholders only on empty textareas", {t.text for t in doc.iter("textarea") if t.get("placeholder")},
         {None})
    seen = chromium_text(path)
    if seen is not None:
        print("h308 Chromium rendering read")
        same("h308 Chromium shows the values", ("95.76%" in seen, "95.79" in seen, "0.9567" in seen,
                                                "医保经办服务事项网上可办率" in seen), (True, True, False, True))
    print(f"h308: {len(rows)} rows; 合计 {hj[5]} | {hj[6]}; rows add to {weights} | {scores}; "
          f"{len(placeholders)} placeholders")


def main(argv):
    try:
        for name, f in (("h304", check304), ("h305", check305), ("h306", check306), ("h307", check307),
                        ("h308", check308)):
            if not argv or name in argv:
                f()
    finally:
        shutil.rmtree(TMP, ignore_errors=True)
    if C.PROBLEMS:
        print(f"{len(C.PROBLEMS)} PROBLEMS")
        sys.exit(1)
    print("all read = gold")


if __name__ == "__main__":
    main(sys.argv[1:])
