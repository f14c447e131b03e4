#!/usr/bin/python3
"""Round 45's independent check: re-reads h279–h283 with readers written for the check (nothing of reports45.py is
imported or reused) and compares what they read with gold/<stem>.json.
    /usr/bin/python3 corpus-heldout/src/check45.py
Readers: h279 zipfile + lxml on the XLSX's sheet XML (shared strings, merged ranges, number formats by their codes);
h280 lxml on word/document.xml (gridSpan / vMerge; comment anchors and footnote references carry no w:t) plus
word/comments.xml and word/footnotes.xml; h281 a ruled-PDF cell reader (rectangles from the content stream by
pikepdf, words from `pdftotext -bbox`) on the 评分表 pages and `pdftotext` on the prose; h282 lxml on the ODT's
content.xml (table:table-cell spans and covered cells), text read twice: ACCEPTED (the body as it stands: insertions
in, deletions are only text:change marks) and REJECTED (insertions between change-start/change-end dropped, each
text:change replaced by its region's deleted text); h283 the GB18030 bytes sliced at the header's byte columns,
levels from the leading spaces.
"""
import io
import json
import os
import re
import subprocess
import sys
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


# ------------------------------------------------------------ h279 (XLSX, raw sheet XML)

def xlsx_grid(path):
    from lxml import etree
    S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    z = zipfile.ZipFile(path)
    sst = [("".join(t.text or "" for t in si.iter(S + "t"))) for si in
           etree.fromstring(z.read("xl/sharedStrings.xml")).findall(S + "si")] if "xl/sharedStrings.xml" in z.namelist() \
        else []
    st = etree.fromstring(z.read("xl/styles.xml"))
    fmts = {int(n.get("numFmtId")): n.get("formatCode") for n in st.iter(S + "numFmt")}
    builtin = {0: "General", 1: "0", 2: "0.00", 4: "#,##0.00", 10: "0.00%"}
    xfs = [int(x.get("numFmtId")) for x in st.find(S + "cellXfs").findall(S + "xf")]
    sh = etree.fromstring(z.read("xl/worksheets/sheet1.xml"))
    cells = {}

    def rc(ref):
        m = re.fullmatch(r"([A-Z]+)(\d+)", ref)
        col = 0
        for ch in m.group(1):
            col = col * 26 + ord(ch) - 64
        return int(m.group(2)), col
    for c in sh.iter(S + "c"):
        r, k = rc(c.get("r"))
        v = c.find(S + "v")
        if c.get("t") == "inlineStr":
            cells[(r, k)] = "".join(t.text or "" for t in c.iter(S + "t"))
            continue
        if v is None:
            continue
        if c.get("t") == "s":
            cells[(r, k)] = sst[int(v.text)]
        elif c.get("t") == "str":
            cells[(r, k)] = v.text
        else:
            code = fmts.get(xfs[int(c.get("s", 0))], builtin.get(xfs[int(c.get("s", 0))], "General"))
            x = float(v.text)
            if code.endswith("%"):
                cells[(r, k)] = f"{x * 100:.2f}%"
            elif code in ("#,##0.00",):
                cells[(r, k)] = f"{x:,.2f}"
            elif code == "0.00":
                cells[(r, k)] = f"{x:.2f}"
            elif code == "0":
                cells[(r, k)] = f"{x:.0f}"
            else:
                cells[(r, k)] = ("%d" % x) if x.is_integer() else repr(x)
    for m in sh.iter(S + "mergeCell"):
        a, b = m.get("ref").split(":")
        (r1, c1), (r2, c2) = rc(a), rc(b)
        for r in range(r1, r2 + 1):
            for k in range(c1, c2 + 1):
                if (r, k) != (r1, c1):
                    cells[(r, k)] = cells.get((r1, c1), "")
    nr = max(r for r, _ in cells)
    return [[cells.get((r, k), "") for k in range(1, 10)] for r in range(1, nr + 1)]


def check279():
    stem = "h279_shangluo_wenlv"
    g = gold(stem)
    grid = xlsx_grid(os.path.join(OUT, stem + ".xlsx"))
    h = next(i for i, r in enumerate(grid) if r[0] == "一级指标")
    rows, secs, review = [], [], []
    i = h + 1
    while grid[i][0] != "合计":
        r = grid[i]
        if r[1] == "小计":
            secs.append({"name": r[0], "weight": num(r[3]), "score": num(r[6])})
            review.append((r[0], num(r[7])))
        else:
            rows.append((r[0], r[1], r[2], r[4], r[5], r[3], r[6]))
            if r[7] != r[6]:
                review.append((r[2], r[6], r[7], r[8]))
        i += 1
    compare_rows("h279", rows, g)
    same("h279 sections", secs, [{"name": s["name"], "weight": num(s["weight"]), "score": num(s["score"])}
                                 for s in g["sections"]])
    tot = grid[i]
    same("h279 合计 自评", (num(tot[3]), num(tot[6])), (g["maxScore"], g["totalScore"]))
    same("h279 等级 自评", grid[i + 1][6], g["grade"])
    b = g["budget"]
    bl = {r[0].strip("　"): r for r in grid[:h]}
    same("h279 budget", (num(bl["合计"][3]), num(bl["合计"][4]), num(bl["合计"][5]), bl["合计"][6],
                         num(bl["其中：基本支出"][4]), num(bl["其中：基本支出"][5]), num(bl["项目支出"][4]),
                         num(bl["项目支出"][5])),
         (b["initialBudget"], b["adjustedBudget"], b["expenditure"], f"{b['executionRate']:.2f}%", b["basicBudget"],
          b["basicExpenditure"], b["projectBudget"], b["projectExpenditure"]))
    print(f"h279: {len(rows)} rows, 小计 {[(s['name'], s['weight'], s['score']) for s in secs]}, 合计 自评 {tot[6]} / 复核 "
          f"{tot[7]}, 等级 {grid[i + 1][6]} / {grid[i + 1][7]}; rows whose 复核 differs: "
          f"{[x for x in review if len(x) == 4]}; 复核 小计 {[x for x in review if len(x) == 2]}; 项目支出 "
          f"{bl['项目支出'][4]} → {bl['项目支出'][5]} ({bl['项目支出'][6]})")


# ------------------------------------------------------------ h280 (DOCX with comments and footnotes)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_tables(root):
    out = []
    for tbl in root.iter(W + "tbl"):
        grid = []
        for tr in tbl.findall(W + "tr"):
            row = []
            for tc in tr.findall(W + "tc"):
                text = "\n".join("".join(t.text or "" for t in p.iter(W + "t")) for p in tc.findall(W + "p")).strip()
                pr = tc.find(W + "tcPr")
                span, vm = 1, None
                if pr is not None:
                    gs = pr.find(W + "gridSpan")
                    span = int(gs.get(W + "val")) if gs is not None else 1
                    v = pr.find(W + "vMerge")
                    vm = None if v is None else (v.get(W + "val") or "continue")
                if vm == "continue":
                    text = grid[-1][len(row)]
                row += [text] * span
            grid.append(row)
        out.append(grid)
    return out


def check280():
    from lxml import etree
    stem = "h280_shaxian_nongye"
    g = gold(stem)
    z = zipfile.ZipFile(os.path.join(OUT, stem + ".docx"))
    root = etree.fromstring(z.read("word/document.xml"))
    grid = docx_tables(root)[0]
    fund = next(r for r in grid if r[1] == "年度资金总额")
    h = next(i for i, r in enumerate(grid) if r[1] == "一级指标")
    rows = [(None, None, "年度资金总额", None, fund[7], fund[6], fund[8])]
    i = h + 1
    while grid[i][0] != "总分":
        r = grid[i]
        rows.append((r[1], r[2], r[3], r[4], r[5], r[6], r[7]))
        i += 1
    compare_rows("h280", rows, g)
    same("h280 总分", (num(grid[i][6]), num(grid[i][7]), grid[i][8]), (g["maxScore"], g["totalScore"],
                                                                      "自评等级：" + g["grade"]))
    b = g["budget"]
    same("h280 fund", (num(fund[3]), num(fund[4]), num(fund[5]), fund[7]),
         (b["initialBudget"], b["adjustedBudget"], b["expenditure"], f"{b['executionRate']:.2f}%"))
    com = etree.fromstring(z.read("word/comments.xml"))
    comments = [(c.get(W + "author"), "".join(t.text for t in c.iter(W + "t"))) for c in com.iter(W + "comment")]
    fns = etree.fromstring(z.read("word/footnotes.xml"))
    notes = [(f.get(W + "id"), "".join(t.text for t in f.iter(W + "t")).strip()) for f in fns.iter(W + "footnote")
             if f.get(W + "type") is None]
    body = "".join(t.text or "" for t in root.iter(W + "t"))
    anchors = {}
    for p in root.iter(W + "p"):
        open_ = None
        for el in p:
            if el.tag == W + "commentRangeStart":
                open_ = el.get(W + "id")
                anchors[open_] = ""
            elif el.tag == W + "commentRangeEnd":
                open_ = None
            elif el.tag == W + "r" and open_ is not None:
                anchors[open_] += "".join(t.text or "" for t in el.iter(W + "t"))
    refs = [r.get(W + "id") for r in root.iter(W + "footnoteReference")]
    same("h280 comments", len(comments), 4)
    same("h280 footnotes", (len(notes), refs), (3, [n[0] for n in notes]))
    for _, text in comments:
        same("h280 comment text not in body", text in body, False)
    for _, text in notes:
        same("h280 footnote text not in body", text in body, False)
    print(f"h280: fund line + {len(rows) - 1} rows, 总分 {grid[i][6]} | {grid[i][7]} | {grid[i][8]}; fund "
          f"{fund[3]} | {fund[4]} | {fund[5]} | {fund[7]} | {fund[8]}")
    for cid, (who, text) in enumerate(comments):
        print(f"   comment {cid} by {who} on “{anchors.get(str(cid))}”: {text}")
    for fid, text in notes:
        print(f"   footnote {fid}: {text}")


# ------------------------------------------------------------ h281 (ruled PDF, 扣分 only)

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
    cells = {}
    for w in etree.fromstring(xml.replace(b'xmlns="http://www.w3.org/1999/xhtml"', b"")).iter("word"):
        x0, y0, x1, y1 = (float(w.get(k)) for k in ("xMin", "yMin", "xMax", "yMax"))
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        inside = [r for r in rects if r[0] <= cx <= r[2] and r[1] <= cy <= r[3]]
        if inside:
            r = min(inside, key=lambda q: (q[2] - q[0]) * (q[3] - q[1]))
            cells.setdefault(r, []).append((round(y0), x0, w.text))
    return [(r, "".join(t for _, _, t in sorted(ws))) for r, ws in cells.items()]


def at(cells, x, y):
    for r, t in cells:
        if r[0] <= x <= r[2] and r[1] <= y <= r[3]:
            return t
    return ""


def check281():
    stem = "h281_jinzhai_shuili"
    g = gold(stem)
    path = os.path.join(OUT, stem + ".pdf")
    hdr = ["一级指标", "二级指标", "三级指标", "分值", "评分标准", "评价要点/完成情况", "扣分", "扣分原因"]
    rows, total_ded = [], None
    for page in (3, 4):
        cells = pdf_cells(path, page)
        hd = {t: r for r, t in cells if t in hdr}
        cols = [(hd[h][0] + hd[h][2]) / 2 for h in hdr]
        ybot = max(r[3] for r in hd.values())
        x3 = cols[3]
        lines = sorted((r for r, t in cells if r[0] <= x3 <= r[2] and r[1] >= ybot - 0.5), key=lambda q: q[1])
        for r in lines:
            cy = (r[1] + r[3]) / 2
            v = [at(cells, x, cy) for x in cols]
            if at(cells, cols[0], cy) == "合计":
                total_ded = v[6]
                continue
            d = num(v[6]) if v[6] else 0
            rows.append((v[0], v[1], v[2], None, v[5], v[3], round(num(v[3]) - d, 2)))
    compare_rows("h281", rows, g)
    text = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
    m = re.search(r"综合得分：([\d.]+)分", text)
    same("h281 综合得分", num(m.group(1)), g["totalScore"])
    formula = re.search(r"预算执行率＝[^。]*", text.replace("\n", "")).group(0)
    rate = re.search(r"合计\s+([\d,.]+)\s+([\d,.]+)\s+([\d,.]+)\s+([\d.]+%)", text)
    b = g["budget"]
    same("h281 fund 合计", tuple(num(x) for x in rate.groups()[:3]) + (rate.group(4),),
         (b["initialBudget"], b["adjustedBudget"], b["expenditure"], f"{b['executionRate']:.2f}%"))
    summ = re.findall(r"^\s*(决策|过程|产出|效益)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*$", text, re.M)
    same("h281 sections", [{"name": n, "weight": num(w), "score": num(s)} for n, w, d, s in summ],
         [{"name": s["name"], "weight": num(s["weight"]), "score": num(s["score"])} for s in g["sections"]])
    ded = round(sum(num(w) - s for _, _, _, _, _, w, s in rows), 2)
    print(f"h281: {len(rows)} rows (score = 分值 − 扣分), 扣分 column adds to {ded}, 合计 扣分 printed {total_ded}, "
          f"综合得分 {m.group(1)}; fund 合计 {rate.group(4)}; prose: {formula}")


# ------------------------------------------------------------ h282 (ODT with tracked changes)

def check282():
    from lxml import etree
    stem = "h282_benxi_jiaoyu"
    g = gold(stem)
    NS = {"text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
          "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
          "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
          "dc": "http://purl.org/dc/elements/1.1/"}
    T, TB = "{%s}" % NS["text"], "{%s}" % NS["table"]
    z = zipfile.ZipFile(os.path.join(OUT, stem + ".odt"))
    same("h282 mimetype", (z.infolist()[0].filename, z.read("mimetype")),
         ("mimetype", b"application/vnd.oasis.opendocument.text"))
    root = etree.fromstring(z.read("content.xml"))
    regions = {}
    for reg in root.iter(T + "changed-region"):
        kind = reg[0].tag.split("}")[1]
        who = reg[0].find(".//dc:creator", NS).text
        old = "".join(reg[0].xpath(".//text:p//text()", namespaces=NS)) if kind == "deletion" else ""
        regions[reg.get(T + "id")] = (kind, who, old)

    def text_of(el, mode):
        out, skip = [], [False]

        def walk(e):
            tag = e.tag
            if tag == T + "tracked-changes":
                return
            if tag == T + "change-start" and regions[e.get(T + "change-id")][0] == "insertion" and mode == "rejected":
                skip[0] = True
            elif tag == T + "change-end" and regions[e.get(T + "change-id")][0] == "insertion":
                skip[0] = False
            elif tag == T + "change" and mode == "rejected":
                out.append(regions[e.get(T + "change-id")][2])
            elif tag == T + "s":
                out.append(" " * int(e.get(T + "c", "1")))
            if e.text and not skip[0] and tag not in (T + "change", T + "change-start", T + "change-end"):
                out.append(e.text)
            for ch in e:
                walk(ch)
                if ch.tail and not skip[0]:
                    out.append(ch.tail)
        walk(el)
        return "".join(out).strip()

    def tables(mode):
        res = []
        for tb in root.iter(TB + "table"):
            grid, pending = [], {}
            for tr in tb.iter(TB + "table-row"):
                row, col = [], 0
                for c in tr:
                    if c.tag not in (TB + "table-cell", TB + "covered-table-cell"):
                        continue
                    if c.tag == TB + "covered-table-cell":
                        row.append(pending.get(col, row[-1] if row else ""))
                    else:
                        t = "\n".join(text_of(p, mode) for p in c.findall(T + "p")).strip()
                        rs = int(c.get(TB + "number-rows-spanned", "1"))
                        cs = int(c.get(TB + "number-columns-spanned", "1"))
                        row.append(t)
                        for k in range(cs):
                            if rs > 1:
                                pending[col + k] = t
                    col += 1
                grid.append(row)
            res.append(grid)
        return res
    kinds = [v[0] for v in regions.values()]
    print(f"h282: {len(regions)} changed-regions ({kinds.count('deletion')} deletions, {kinds.count('insertion')} "
          f"insertions) by {sorted(set(v[1] for v in regions.values()))}")
    for mode in ("accepted", "rejected"):
        t1, t2 = tables(mode)
        rows = [(r[0], r[1], r[2], r[3], r[4], r[5], r[6]) for r in t2[1:] if r[0] not in ("总分", "自评等级")]
        tot = next(r for r in t2 if r[0] == "总分")
        grd = next(r for r in t2 if r[0] == "自评等级")
        wsum = round(sum(num(r[5]) for r in rows), 2)
        ssum = round(sum(num(r[6]) for r in rows), 2)
        print(f"   {mode}: {len(rows)} rows, 分值 add to {wsum}, 得分 to {ssum}; 总分 {tot[5]} | {tot[6]}; 自评等级 {grd[5]}; "
              f"budget {[r[:5] for r in t1[1:]]}")
        if mode == "accepted":
            compare_rows("h282", rows, g)
            same("h282 总分", (num(tot[5]), num(tot[6]), grd[5]), (g["maxScore"], g["totalScore"], g["grade"]))
            b = g["budget"]
            same("h282 budget", (num(t1[1][1]), num(t1[1][2]), num(t1[1][3]), t1[1][4], num(t1[2][2]), num(t1[2][3]),
                                 num(t1[3][2]), num(t1[3][3])),
                 (b["initialBudget"], b["adjustedBudget"], b["expenditure"], f"{b['executionRate']:.2f}%",
                  b["basicBudget"], b["basicExpenditure"], b["projectBudget"], b["projectExpenditure"]))


# ------------------------------------------------------------ h283 (GB18030 text, indented tree)

def check283():
    stem = "h283_meihekou_minzheng"
    g = gold(stem)
    raw = open(os.path.join(OUT, stem + ".txt"), "rb").read()
    same("h283 CRLF only", raw.count(b"\n"), raw.count(b"\r\n"))
    try:
        raw.decode("utf-8")
        same("h283 not UTF-8", True, False)
    except UnicodeDecodeError:
        pass
    lines = raw.split(b"\r\n")
    h = next(i for i, ln in enumerate(lines) if ln.decode("gb18030").startswith("指标名称"))
    head = lines[h]
    cuts = [head.index(k.encode("gb18030")) for k in ("指标值", "完成值")]
    cut_w = len(head.rstrip()) - len("得分".encode("gb18030"))
    rows, secs, l1, l2, sub2 = [], [], None, None, []
    i = h + 2
    while not lines[i].startswith(b"-"):
        b = lines[i]
        name = b[:cuts[0]].decode("gb18030").rstrip()
        depth = len(name) - len(name.lstrip(" "))
        tail = b[cuts[1]:].decode("gb18030").split()
        if depth == 0:
            l1 = name.strip()
            secs.append({"name": l1, "weight": num(tail[-2]), "score": num(tail[-1])})
        elif depth == 2:
            l2 = name.strip()
            sub2.append((l1, l2, num(tail[-2]), num(tail[-1])))
        else:
            tgt = b[cuts[0]:cuts[1]].decode("gb18030").strip()
            act = b[cuts[1]:cut_w - 8].decode("gb18030").strip()
            rows.append((l1, l2, name.strip(), tgt, act, tail[-2], tail[-1]))
        i += 1
    compare_rows("h283", rows, g)
    same("h283 sections", secs, [{"name": s["name"], "weight": num(s["weight"]), "score": num(s["score"])}
                                 for s in g["sections"]])
    for a, b_, w, s in sub2:
        kids = [r for r in rows if r[0] == a and r[1] == b_]
        same(f"h283 二级 {b_}", (w, s), (round(sum(num(r[5]) for r in kids), 2), round(sum(num(r[6]) for r in kids), 2)))
    tot = lines[i + 1].decode("gb18030").split()
    same("h283 合计", (tot[0], num(tot[1]), num(tot[2])), ("合计", g["maxScore"], g["totalScore"]))
    text = raw.decode("gb18030")
    bud = re.search(r"合计\s+([\d,.]+)\s+([\d,.]+)\s+([\d,.]+)\s+([\d.]+%)", text).groups()
    b = g["budget"]
    same("h283 budget", tuple(num(x) for x in bud[:3]) + (bud[3],),
         (b["initialBudget"], b["adjustedBudget"], b["expenditure"], f"{b['executionRate']:.2f}%"))
    print(f"h283: GB18030, CRLF; {len(rows)} 三级 lines, {len(sub2)} 二级 and {len(secs)} 一级 subtotal lines; 合计 "
          f"{tot[1]} / {tot[2]}; budget {bud}")


def main():
    for f in (check279, check280, check281, check282, check283):
        f()
    print("PROBLEMS:" if PROBLEMS else "all five read = gold")
    for p in PROBLEMS:
        print("  ", p)
    sys.exit(1 if PROBLEMS else 0)


if __name__ == "__main__":
    main()
